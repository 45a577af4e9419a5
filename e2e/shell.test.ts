import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import {
  appOrigin,
  axeViolations,
  gotoApp,
  hasBrowser,
  waitForApp,
  waitForTitle,
} from './support/fixtures';
import { watchPage } from './support/page-watch';

const routes = [
  { path: '/', heading: 'Debugging Leadership', title: /Debugging Leadership/ },
  {
    path: '/about',
    heading: 'About Debugging Leadership',
    title: /^About · Debugging Leadership$/,
  },
  { path: '/settings', heading: 'Settings', title: /^Settings · Debugging Leadership$/ },
  { path: '/notes', heading: 'Notebook', title: /^Notebook · Debugging Leadership$/ },
  { path: '/bookmarks', heading: 'Bookmarks', title: /^Bookmarks · Debugging Leadership$/ },
  {
    path: '/assessment',
    heading: 'Debug your leadership',
    title: /^Check-up · Debugging Leadership$/,
  },
  { path: '/search', heading: 'Search', title: /^Search · Debugging Leadership$/ },
  { path: '/no/such/page', heading: 'Page not found', title: /^Page not found · / },
];

describe.skipIf(!hasBrowser)('app shell in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`${colorScheme} theme`, () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await launchBrowser({ colorScheme });
      });
      afterAll(() => browser?.close());

      for (const route of routes) {
        it(`${route.path}: renders, has no axe violations, stays on its origin, logs no errors`, async () => {
          const page = await browser.context.newPage();
          const watch = watchPage(page, appOrigin());
          await gotoApp(page, route.path);
          await expect(page.locator('main h1').textContent()).resolves.toBe(route.heading);
          await waitForTitle(page, route.title);
          expect(await page.title()).toMatch(route.title);
          expect(await page.locator('main').count()).toBe(1);
          expect(
            await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
          ).toContain(colorScheme === 'dark' ? 'dark' : 'light');
          expect(await axeViolations(page)).toEqual([]);
          expect(watch.foreignRequests).toEqual([]);
          expect(watch.consoleErrors).toEqual([]);
          await page.close();
        });
      }
    });
  }

  describe('keyboard and navigation', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, '/about');
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.textContent()).toBe('Skip to content');
      expect(await focused.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.close();
    });

    it('moves focus to the new page heading after a link is followed, and sets the title', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, '/');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'About' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'About Debugging Leadership' }).waitFor();
      await waitForTitle(page, 'About · Debugging Leadership');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'About Debugging Leadership',
      );
      expect(await page.title()).toBe('About · Debugging Leadership');
      await page.close();
    });

    it('not-found offers links back that work', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, '/topics-typo');
      await page.getByRole('link', { name: 'Go to the start page' }).click();
      await page.getByRole('heading', { level: 1, name: 'Debugging Leadership' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await page.close();
    });

    it('the theme toggle overrides the system setting and the choice survives a reload', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, '/');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.reload();
      await waitForApp(page);
      // Applied by public/first-paint.js before the app starts, then kept by the app.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(
        await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'),
      ).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });
});
