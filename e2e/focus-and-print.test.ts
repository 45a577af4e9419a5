import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { axeViolations, gotoApp, hasBrowser, waitForTitle } from './support/fixtures';
import { answerBox, PROMPTS, TOPIC, waitForBookmarkSaved, waitForSave } from './support/reader';

const ANSWER = 'The talk with Sam about the release dates.';

/** Runs `test` in a browser of its own, closed whatever happens. */
async function withBrowser(
  test: (page: Page) => Promise<void>,
  options: Parameters<typeof launchBrowser>[0] = {},
) {
  const browser: Browser = await launchBrowser(options);
  try {
    await test(await browser.context.newPage());
  } finally {
    await browser.close();
  }
}

/** Answers the topic's first reflection, as a reader would, and waits until it is saved. */
async function answerFirstPrompt(page: Page) {
  await gotoApp(page, TOPIC);
  await answerBox(page, 0).fill(ANSWER);
  await waitForSave(page, ANSWER);
}

/** Bookmarks the topic and its first two sections: the list shows them newest first. */
async function bookmarkThree(page: Page) {
  await gotoApp(page, TOPIC);
  const toggles = page.getByRole('main').getByRole('button', { name: /^Bookmark/ });
  for (let i = 0; i < 3; i += 1) {
    await toggles.nth(i).click();
    await page.waitForFunction(
      ([n, key]) => {
        const saved = JSON.parse(localStorage.getItem(key as string) ?? 'null');
        return Object.keys(saved?.state?.bookmarks ?? {}).length === n;
      },
      [i + 1, 'debugging-leadership'] as const,
    );
  }
  await waitForBookmarkSaved(page, 'fear-people-challenges');
}

const focused = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    id: document.activeElement?.id,
    label: document.activeElement?.getAttribute('aria-label') ?? '',
    text: document.activeElement?.textContent ?? '',
  }));

describe.skipIf(!hasBrowser)('focus that stays with the reader, and print, in Chromium', () => {
  it('/notes: Edit focuses the editor; Done editing and Escape return focus to Edit', async () => {
    await withBrowser(async (page) => {
      await answerFirstPrompt(page);
      await gotoApp(page, '/notes');
      await waitForTitle(page, 'Notebook · Debugging Leadership');
      const edit = page.getByRole('button', { name: /^Edit your answer to:/ });
      await edit.click();
      await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe(
        ANSWER,
      );
      await page.getByRole('button', { name: 'Done editing' }).click();
      await page.waitForFunction(() =>
        document.activeElement?.getAttribute('aria-label')?.startsWith('Edit your answer to:'),
      );

      // By keyboard: Enter on Edit, type, Escape.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
      await page.keyboard.press('End');
      await page.keyboard.type(' Soon.');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() =>
        document.activeElement?.getAttribute('aria-label')?.startsWith('Edit your answer to:'),
      );
      await page.getByText(`${ANSWER} Soon.`).waitFor();
    });
  });

  it('/bookmarks: Remove focuses the next Remove, announces it, and Undo brings it back', async () => {
    await withBrowser(async (page) => {
      await bookmarkThree(page);
      await gotoApp(page, '/bookmarks');
      await waitForTitle(page, 'Bookmarks · Debugging Leadership');
      const removes = page.getByRole('button', { name: /^Remove bookmark:/ });
      await removes.nth(2).waitFor();
      const names = await Promise.all(
        [0, 1, 2].map(async (i) => (await removes.nth(i).getAttribute('aria-label')) ?? ''),
      );

      await removes.nth(1).click();
      await page.getByRole('status').filter({ hasText: 'Bookmark removed' }).waitFor();
      expect((await focused(page)).label).toBe(names[2]);
      expect(await removes.count()).toBe(2);

      await page.getByRole('button', { name: /^Undo/ }).click();
      await removes.nth(2).waitFor();
      expect(
        await Promise.all([0, 1, 2].map((i) => removes.nth(i).getAttribute('aria-label'))),
      ).toEqual(names);
      expect((await focused(page)).label).toBe(names[1]);

      // The last one removed: focus goes to the previous Remove, then to the heading.
      await removes.nth(2).click();
      await page.waitForFunction(
        (n) => document.activeElement?.getAttribute('aria-label') === n,
        names[1],
      );
      await removes.nth(1).click();
      await page.waitForFunction(
        (n) => document.activeElement?.getAttribute('aria-label') === n,
        names[0],
      );
      await removes.nth(0).click();
      await page.getByText(/You have no bookmarks yet/).waitFor();
      expect(await focused(page)).toMatchObject({ tag: 'H1', text: 'Bookmarks' });
    });
  });

  it('print: the notebook shows the answer under its prompt and no control at all', async () => {
    await withBrowser(async (page) => {
      await answerFirstPrompt(page);
      await gotoApp(page, '/notes');
      const prompt = page.locator('blockquote.notebook-prompt').first();
      const promptText = (await prompt.textContent()) ?? '';
      await page.emulateMedia({ media: 'print' });
      const controls = page.locator(
        'button, input, select, textarea, search, [role="search"], [role="button"]',
      );
      expect(await controls.count()).toBeGreaterThan(3);
      const visible = await controls.evaluateAll((elements) =>
        elements
          .filter((element) => (element as HTMLElement).checkVisibility())
          .map((element) => element.outerHTML.slice(0, 80)),
      );
      expect(visible).toEqual([]);
      expect(await page.getByText(ANSWER).isVisible()).toBe(true);
      expect(promptText.length).toBeGreaterThan(10);
      expect(await prompt.isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: 'Notebook' }).isVisible()).toBe(true);
    });
  });

  it('print: an experiment log prints with its experiment, without its controls', async () => {
    await withBrowser(async (page) => {
      await gotoApp(page, TOPIC);
      const experiment = page.locator('.experiment').first();
      await experiment.getByRole('checkbox', { name: /^I tried this/ }).check();
      await experiment.getByRole('radio', { name: 'Energising' }).check();
      await experiment.getByRole('textbox', { name: 'Why, in a line' }).fill('They talked first');
      await waitForSave(page, 'They talked first');
      const log = experiment.locator('.experiment-tracker__print');
      expect(await log.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await log.isVisible()).toBe(true);
      expect(await log.textContent()).toBe('Tried: felt energising. They talked first');
      expect(await experiment.getByRole('checkbox').isVisible()).toBe(false);
      expect(await experiment.getByRole('textbox').isVisible()).toBe(false);
    });
  });

  it("a notebook answer's link lands on its prompt on the topic page, with focus", async () => {
    await withBrowser(async (page) => {
      await answerFirstPrompt(page);
      await gotoApp(page, '/notes');
      await waitForTitle(page, 'Notebook · Debugging Leadership');
      const anchor = `reflection-${PROMPTS[0]}`;
      const link = page.locator('blockquote.notebook-prompt a').first();
      expect(await link.getAttribute('href')).toBe(`${TOPIC}#${anchor}`);
      await link.click();
      await page.waitForFunction((id) => document.activeElement?.id === id, anchor);
      await page.waitForFunction((id) => {
        const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < 120;
      }, anchor);
      expect(page.url()).toMatch(new RegExp(`${TOPIC}#${anchor}$`));

      // The same link opened afresh (a new tab, a bookmark) lands there too.
      const fresh = await page.context().newPage();
      await fresh.goto(page.url());
      await fresh.locator(`[id="${anchor}"]`).waitFor();
      await fresh.waitForFunction((id) => {
        const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < 120;
      }, anchor);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on /notes and /bookmarks (with Undo showing), ${colorScheme}`, async () => {
      await withBrowser(
        async (page) => {
          await answerFirstPrompt(page);
          await bookmarkThree(page);
          await gotoApp(page, '/notes');
          await page.getByText(ANSWER).waitFor();
          expect(await axeViolations(page)).toEqual([]);
          await page.getByRole('button', { name: /^Edit your answer to:/ }).click();
          await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
          expect(await axeViolations(page)).toEqual([]);

          await gotoApp(page, '/bookmarks');
          await page
            .getByRole('button', { name: /^Remove bookmark:/ })
            .first()
            .click();
          await page.getByRole('button', { name: /^Undo/ }).waitFor();
          expect(await axeViolations(page)).toEqual([]);
        },
        { colorScheme },
      );
    });
  }
});
