import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { gotoApp, hasBrowser, waitForTitle } from './support/fixtures';
import { answerBox, PROMPTS, TOPIC } from './support/reader';

// The reader's notes are searched by the real engine (src/features/search/lib/search-engine.ts);
// until it is in the tree, search has a stand-in that knows only topic titles.
const hasEngine = existsSync('src/features/search/lib/search-engine.ts');

describe.skipIf(!hasBrowser || !hasEngine)('search with the real engine in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('opens a section of another topic from a word in its text, with the section in view', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await waitForTitle(page, / · Debugging Leadership$/);
    await page.keyboard.press('/');
    await page.getByRole('combobox').waitFor();
    await page.keyboard.type('kernel');
    await page
      .getByRole('group', { name: 'Topics and sections' })
      .getByRole('option')
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === '/topics/strategy-and-execution' && url.hash !== '',
    );
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.waitForFunction((target) => document.activeElement?.id === target, id);
    const top = await page
      .locator(`[id="${id}"]`)
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan((page.viewportSize()?.height ?? 0) / 2);
    await page.close();
  });

  it('finds a word only in one answer under “Your notes”, and opens that answer focused', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await waitForTitle(page, / · Debugging Leadership$/);
    await answerBox(page, 1).fill('My quokkaesque plan for the retro');
    await gotoApp(page, '/about');
    await waitForTitle(page, /^About · /);
    await page.keyboard.press('/');
    await page.getByRole('combobox').waitFor();
    await page.keyboard.type('quokkaesque');
    const notes = page.getByRole('group', { name: 'Your notes' });
    await notes.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === TOPIC);
    await page.waitForFunction((id) => document.activeElement?.id === id, `answer-${PROMPTS[1]}`);
    expect(await answerBox(page, 1).inputValue()).toBe('My quokkaesque plan for the retro');
    const box = await answerBox(page, 1).boundingBox();
    const height = page.viewportSize()?.height ?? 0;
    expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true);
    await page.close();
  });

  it('opens an experiment’s why line focused, and forgets it once the experiment is unticked', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await waitForTitle(page, / · Debugging Leadership$/);
    const experiment = page.locator('.experiment').first();
    const tried = experiment.getByRole('checkbox', { name: /^I tried this/ });
    await tried.check();
    const why = experiment.getByRole('textbox', { name: 'Why, in a line' });
    await why.fill('a capybaric calm in the room');
    const whyId = await why.getAttribute('id');
    await gotoApp(page, '/about');
    await waitForTitle(page, /^About · /);
    await page.keyboard.press('/');
    await page.getByRole('combobox').waitFor();
    await page.keyboard.type('capybaric');
    await page.getByRole('group', { name: 'Your notes' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === TOPIC);
    await page.waitForFunction((id) => document.activeElement?.id === id, whyId);

    // Unticked, the line is hidden on the page, so search no longer offers it.
    await tried.uncheck();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').waitFor();
    await page.keyboard.type('capybaric');
    await page.getByText(/No results for/).waitFor();
    await page.close();
  });
});
