import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { axeViolations, gotoApp, hasBrowser, waitForTitle } from './support/fixtures';
import { STORAGE_KEY } from './support/reader';

/** "Debug your leadership": profile, check-up, results, retake and history, in Chromium. */

const ITEMS = 18;

const openCheckup = async (page: Page) => {
  await gotoApp(page, '/assessment');
  await waitForTitle(page, 'Check-up · Debugging Leadership');
};

const savedResults = (page: Page) =>
  page.evaluate(
    (key) =>
      Object.values(
        (JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.assessments ?? {}) as Record<
          string,
          { deletedAt?: string }
        >,
      ).filter((result) => !result.deletedAt).length,
    STORAGE_KEY,
  );

const activeDescription = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return { tag: element?.tagName, type: element?.type, name: element?.name };
  });

/**
 * Answers every item with the keyboard alone: Tab into the item's statements, arrow keys to the
 * statement (`pick(index)` of the six choices, the last being "Not applicable"), Tab to its
 * evidence line, type it, and Tab on. Enter in the last evidence line submits the form.
 */
async function takeCheckupByKeyboard(
  page: Page,
  pick: (index: number) => number,
  evidence: (index: number) => string = () => '',
) {
  // Focus starts on the page heading (route focus); Tab until the first statement has it.
  for (let presses = 0; presses < 20; presses++) {
    const active = await activeDescription(page);
    if (active.tag === 'INPUT' && active.type === 'radio') break;
    await page.keyboard.press('Tab');
  }
  for (let index = 0; index < ITEMS; index++) {
    const active = await activeDescription(page);
    expect(active.type).toBe('radio');
    // Tabbing into an unchecked group focuses its first statement without choosing it.
    await page.keyboard.press('Space');
    for (let step = 0; step < pick(index); step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await activeDescription(page)).type).toBe('text');
    const line = evidence(index);
    if (line) await page.keyboard.type(line);
    if (index < ITEMS - 1) await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

const resultRows = (page: Page) =>
  page
    .getByRole('table', { name: /Check-up of/ })
    .first()
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
      ),
    );

describe.skipIf(!hasBrowser)('debug your leadership, in Chromium', () => {
  let browser: Browser;
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser?.close());

  it('a chosen profile marks where its path starts on the journey map, and survives a reload', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, '/');
    const choice = page.getByRole('group', { name: 'Where are you now?' });
    await choice.getByRole('radio', { name: 'A new manager or lead (first year)' }).check();
    await page.getByText('Start here:').waitFor();
    const mark = page.locator('.journey__topic', { has: page.locator('.start-here') });
    expect(await mark.count()).toBe(1);
    expect(await mark.getByRole('link').first().textContent()).toBe('Culture and team composition');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(
      await choice.getByRole('radio', { name: 'A new manager or lead (first year)' }).isChecked(),
    ).toBe(true);
    await page.locator('.start-here').waitFor();
  });

  it('takes the check-up by keyboard alone, shows chart and table, and a retake shows the change per area', async () => {
    const page = await browser.context.newPage();
    await openCheckup(page);
    expect(await page.getByRole('group').count()).toBeGreaterThanOrEqual(ITEMS);
    expect(await page.getByText(/not a validated psychometric test/).count()).toBe(1);

    // First time: the second statement everywhere, with a line of evidence on the first item.
    await takeCheckupByKeyboard(
      page,
      () => 1,
      (index) => (index === 0 ? 'Skimmed one design doc in October' : ''),
    );
    const heading = page.getByRole('heading', { level: 2, name: /^Your check-up of/ });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'results-title');
    expect(await savedResults(page)).toBe(1);
    const chart = page.getByRole('img', { name: /^Bar chart: Check-up of/ });
    expect(await chart.count()).toBe(1);
    const first = await resultRows(page);
    expect(first).toHaveLength(9);
    expect(first.map((row) => row[0])).toContain('Fear: the people side');
    expect(
      await page.getByRole('heading', { name: 'Where attention would help most' }).count(),
    ).toBe(1);
    expect(await page.locator('.checkup-results__order li').count()).toBeGreaterThan(0);

    // Retake: the fourth statement on every item this time.
    await page.getByRole('button', { name: 'Take the check-up again' }).click();
    await page.getByRole('heading', { name: 'Take the check-up' }).waitFor();
    await page.getByRole('heading', { level: 1 }).focus();
    await takeCheckupByKeyboard(page, () => 3);
    await page.waitForFunction(() => document.activeElement?.id === 'results-title');
    expect(await savedResults(page)).toBe(2);
    const second = await resultRows(page);
    // Area, Score, Previous, Change: every area moved, in words.
    expect(second.every((row) => row.length === 4)).toBe(true);
    const changes = second.map((row) => row[3]);
    expect(changes.some((change) => /^(Up|Down) \d+$/.test(change ?? ''))).toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Your check-up of/ }).waitFor();
    expect((await resultRows(page)).map((row) => row[3])).toEqual(changes);
  });

  it('keeps every check-up with its date: delete one, Undo brings it back', async () => {
    const page = await browser.context.newPage();
    await openCheckup(page);
    await takeCheckupByKeyboard(page, () => 2);
    await page.getByRole('heading', { level: 2, name: /^Your check-up of/ }).waitFor();
    const history = page.getByRole('region', { name: 'Your check-ups' });
    const deleteButton = history.getByRole('button', { name: /^Delete the check-up of/ });
    expect(await deleteButton.count()).toBe(1);
    await deleteButton.click();
    const undo = page.getByRole('button', { name: /^Undo deleting the check-up of/ });
    await undo.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Undo'));
    expect(await savedResults(page)).toBe(0);
    await undo.click();
    await page.getByRole('heading', { level: 2, name: /^Your check-up of/ }).waitFor();
    await page.waitForFunction(
      (key) =>
        Object.values(JSON.parse(localStorage.getItem(key) ?? '{}')?.state?.assessments ?? {}).some(
          (result) => !(result as { deletedAt?: string }).deletedAt,
        ),
      STORAGE_KEY,
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on /assessment, ${colorScheme} theme, before and after a check-up`, async () => {
      const themed = await launchBrowser({ colorScheme });
      try {
        const page = await themed.context.newPage();
        await openCheckup(page);
        expect(await axeViolations(page)).toEqual([]);
        await takeCheckupByKeyboard(page, (index) => index % 6);
        await page.getByRole('heading', { level: 2, name: /^Your check-up of/ }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await themed.close();
      }
    });
  }
});
