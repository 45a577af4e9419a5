import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { axeViolations, gotoApp, hasBrowser, waitForApp, waitForTitle } from './support/fixtures';
import { TOPIC } from './support/reader';

/** The search dialog's field, once the dialog has loaded and opened. */
const searchField = (page: Page) =>
  page
    .getByRole('dialog')
    .getByRole('combobox', { name: 'Search topics, examples and your notes' });

/**
 * The search UI in a real browser: the dialog (a native modal <dialog>), its keys and focus, and
 * the /search page. Queries use words from topic titles, which any engine finds.
 */
describe.skipIf(!hasBrowser)('search UI in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`${colorScheme} theme`, () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await launchBrowser({ colorScheme });
      });
      afterAll(() => browser?.close());

      it('/ opens the dialog with results and no axe violations; Escape gives focus back', async () => {
        const page = await browser.context.newPage();
        await gotoApp(page, TOPIC);
        await waitForTitle(page, / · Debugging Leadership$/);
        const bookmark = page.getByRole('button', { name: /^Bookmark this topic/ });
        await bookmark.focus();
        const before = await page.evaluate(() => document.activeElement?.outerHTML);
        await page.keyboard.press('/');
        const field = searchField(page);
        await field.waitFor();
        expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
        await page.keyboard.type('strategy');
        await page.getByRole('listbox').getByRole('option').first().waitFor();
        expect(await field.getAttribute('aria-expanded')).toBe('true');
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
        await page.close();
      });

      it('/search?q= shows the results, survives a reload, and has no axe violations', async () => {
        const page = await browser.context.newPage();
        await gotoApp(page, '/search?q=strategy');
        await waitForTitle(page, 'Search · Debugging Leadership');
        const count = page.locator('main [role="status"]').first();
        // The engine loads with the page, after it shows: the count says when it has searched.
        const searched = () => count.filter({ hasText: /results? for/ }).waitFor();
        await searched();
        const counted = await count.textContent();
        expect(counted).toMatch(/^\d+ results? for “strategy”$/);
        expect(await axeViolations(page)).toEqual([]);
        await page.reload();
        await waitForApp(page);
        await searched();
        expect(await count.textContent()).toBe(counted);
        expect(await page.getByRole('searchbox').inputValue()).toBe('strategy');
        await page.close();
      });
    });
  }

  describe('keys and focus', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it('Enter opens the first result through the router, with focus on the new page', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, '/about');
      await page.keyboard.press('Control+k');
      await searchField(page).waitFor();
      await page.keyboard.type('strategy and execution');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.waitForURL(/\/topics\/strategy-and-execution/);
      await waitForTitle(page, /^Strategy and execution · /);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[12]$/);
      await page.close();
    });

    it('? lists the shortcuts; / typed in a text box stays in the text box', async () => {
      const page = await browser.context.newPage();
      await gotoApp(page, TOPIC);
      await waitForTitle(page, / · Debugging Leadership$/);
      await page.keyboard.press('?');
      const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await list.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'detached' });
      const box = page.getByRole('region', { name: 'Reflections' }).getByRole('textbox').first();
      await box.click();
      await page.keyboard.type('a/b?');
      expect(await box.inputValue()).toBe('a/b?');
      expect(await page.getByRole('dialog').count()).toBe(0);
      await page.close();
    });

    it('fits a 320 px wide screen with the dialog open', async () => {
      const narrow = await launchBrowser({ viewport: { width: 320, height: 700 } });
      try {
        const page = await narrow.context.newPage();
        await gotoApp(page, '/');
        await page.getByRole('button', { name: 'Search' }).click();
        await searchField(page).waitFor();
        await page.keyboard.type('strategy');
        await page.getByRole('option').first().waitFor();
        const box = await page.getByRole('dialog').boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        ).toBe(0);
      } finally {
        await narrow.close();
      }
    });
  });
});
