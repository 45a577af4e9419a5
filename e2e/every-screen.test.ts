import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { journeyOrder } from '../src/content/stages';
import { axeViolations, gotoApp, hasBrowser, waitForApp, waitForTitle } from './support/fixtures';
import { answerBox, TOPIC } from './support/reader';

/** 400 % zoom of a 1280 px window (WCAG 1.4.10 Reflow). */
const NARROW = { width: 320, height: 700 };

const routes = [
  '/',
  '/about',
  '/settings',
  '/notes',
  '/bookmarks',
  '/assessment',
  '/search?q=strategy',
  ...journeyOrder.map((slug) => `/topics/${slug}`),
  '/no/such/page',
];

/** How far the page scrolls sideways: 0 when it fits. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!hasBrowser)('every screen in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`320 px wide, ${colorScheme} theme`, () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await launchBrowser({ colorScheme, viewport: NARROW });
      });
      afterAll(() => browser?.close());

      it('no route scrolls sideways', async () => {
        const page = await browser.context.newPage();
        const overflowing: { route: string; by: number }[] = [];
        for (const route of routes) {
          await gotoApp(page, route);
          const by = await sidewaysOverflow(page);
          if (by > 0) overflowing.push({ route, by });
        }
        expect(overflowing).toEqual([]);
        await page.close();
      });

      it('has no axe violations on home, Settings and a topic', async () => {
        const page = await browser.context.newPage();
        for (const route of ['/', '/settings', TOPIC]) {
          await gotoApp(page, route);
          expect({ route, violations: await axeViolations(page) }).toEqual({
            route,
            violations: [],
          });
        }
        await page.close();
      });
    });
  }

  describe('reading preferences and the small things', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    const articleStyle = (page: Page) =>
      page.evaluate(() => {
        const body = getComputedStyle(document.querySelector('.topic-body') as Element);
        const main = getComputedStyle(document.querySelector('.topic__main') as Element);
        return {
          fontSize: Number.parseFloat(body.fontSize),
          fontFamily: body.fontFamily,
          maxWidth: Number.parseFloat(main.maxWidth),
        };
      });

    it('text size, line length and font change the article and survive a reload', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, TOPIC);
      const before = await articleStyle(page);

      await gotoApp(page, '/settings');
      const reading = page.getByRole('region', { name: 'Reading' });
      await reading
        .getByRole('group', { name: 'Text size' })
        .getByRole('radio', { name: 'Extra large' })
        .check();
      await reading
        .getByRole('group', { name: 'Line length' })
        .getByRole('radio', { name: 'Narrow' })
        .check();
      await reading
        .getByRole('group', { name: 'Font' })
        .getByRole('radio', { name: 'Sans serif' })
        .check();
      await page.waitForFunction(() => document.documentElement.dataset.font === 'sans');

      await gotoApp(page, TOPIC);
      await page.reload();
      await waitForApp(page);
      await page.waitForFunction(() => document.documentElement.dataset.textSize === 'x-large');
      const after = await articleStyle(page);
      expect(after.fontSize).toBeGreaterThan(before.fontSize);
      expect(after.maxWidth).toBeLessThan(before.maxWidth);
      expect(after.fontFamily).not.toBe(before.fontFamily);
      expect(after.fontFamily).toMatch(/system-ui|sans-serif/);

      await gotoApp(page, '/settings');
      expect(
        await page
          .getByRole('group', { name: 'Text size' })
          .getByRole('radio', { name: 'Extra large' })
          .isChecked(),
      ).toBe(true);
      await page.close();
    });

    it('a reflection box grows as the reader writes, up to a limit', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, TOPIC);
      const box = answerBox(page);
      const element = await box.elementHandle();
      const empty = await box.evaluate((node) => node.getBoundingClientRect().height);
      await box.fill(
        Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of my answer.`).join('\n'),
      );
      await page.waitForFunction(
        ([node, start]) => (node as HTMLElement).getBoundingClientRect().height > start + 100,
        [element, empty] as const,
      );
      await box.fill('x\n'.repeat(200));
      const limit = (page.viewportSize()?.height ?? 900) * 0.7 + 1;
      await page.waitForFunction(
        ([node, most]) => {
          const { height } = (node as HTMLElement).getBoundingClientRect();
          return height > most - 40 && height <= most;
        },
        [element, limit] as const,
      );
      await page.close();
    });

    it('each reader profile on the home page leads to where that reader should start', async () => {
      const starts = [
        ['An engineer weighing the move', 'Is technical leadership for me?'],
        ['A new manager or lead (first year)', 'Culture and team composition'],
        ['An experienced manager or lead', 'Strategy and execution'],
        ['Leading without the title', 'Influence with or without a title'],
      ] as const;
      const page = await browser.context.newPage();
      for (const [who, title] of starts) {
        await gotoApp(page, '/');
        const where = page.getByRole('region', { name: 'Where are you now?' });
        await where.getByRole('radio', { name: who }).check();
        const link = where.getByRole('link', { name: title });
        await link.click();
        await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).waitFor();
        await waitForTitle(page, `${title} · Debugging Leadership`);
      }
      await page.close();
    });

    it('the section bookmark shows its label, with the whole of it as a tooltip', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, TOPIC);
      const firstSection = page.locator('.topic-section').first();
      const title = (await firstSection.locator('h2').textContent()) ?? '';
      const button = firstSection.getByRole('button', { name: `Bookmark section: ${title}` });
      await button.waitFor();
      expect(await button.getAttribute('title')).toBe(`Bookmark section: ${title}`);
      const label = button.locator('.bookmark-button__label');
      expect(await label.isVisible()).toBe(true);
      expect(await label.textContent()).toBe(`Bookmark section: ${title}`);
      // Shown, not hidden for screen readers only (a 1 px clip): it may end in an ellipsis.
      expect((await label.boundingBox())?.width).toBeGreaterThan(80);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      await page.close();
    });
  });
});
