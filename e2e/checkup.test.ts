import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { axeViolations, gotoApp, hasBrowser, waitForApp, waitForTitle } from './support/fixtures';
import { answerBox, STORAGE_KEY, waitForSave } from './support/reader';

/** "Debug your leadership": profile, check-up, results, retake and history, in Chromium. */

const ITEMS = 18;

const openCheckup = async (page: Page) => {
  await gotoApp(page, '/assessment');
  await waitForTitle(page, 'Check-up · Debugging Leadership');
};

/** Writes are batched: waits until storage holds `count` kept check-ups. */
const waitForSavedResults = (page: Page, count: number) =>
  page.waitForFunction(
    ([key, wanted]) =>
      Object.values(
        (JSON.parse(localStorage.getItem(key as string) ?? 'null')?.state?.assessments ??
          {}) as Record<string, { deletedAt?: string }>,
      ).filter((result) => !result.deletedAt).length === wanted,
    [STORAGE_KEY, count] as const,
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
    .getByRole('table', { name: /^Check-up by area/ })
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
    await page
      .getByRole('region', { name: 'Where are you now?' })
      .getByText('Start here:')
      .waitFor();
    const mark = page.locator('.journey__topic', { has: page.locator('.start-here') });
    expect(await mark.count()).toBe(1);
    expect(await mark.getByRole('link').first().textContent()).toBe('Culture and team composition');
    await page.reload();
    await waitForApp(page);
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
    await waitForSavedResults(page, 1);
    const chart = page.getByRole('img', { name: /^Bar chart: Check-up by area/ });
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
    // Focus moves to the form that replaced the results.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Take the check-up');
    await takeCheckupByKeyboard(page, () => 3);
    await page.waitForFunction(() => document.activeElement?.id === 'results-title');
    await waitForSavedResults(page, 2);
    const second = await resultRows(page);
    // Area, Score, Previous, Change: every area moved, in words.
    expect(second.every((row) => row.length === 4)).toBe(true);
    const changes = second.map((row) => row[3]);
    expect(changes.some((change) => /^(Up|Down) \d+$/.test(change ?? ''))).toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Your check-up of/ }).waitFor();
    expect((await resultRows(page)).map((row) => row[3])).toEqual(changes);
  });

  it('a check-up under way survives a reload of the page', async () => {
    const page = await browser.context.newPage();
    await openCheckup(page);
    const item = page.getByRole('group', {
      name: "How close do you stay to the team's designs and code?",
    });
    await item.getByRole('radio').nth(3).check();
    await item.getByRole('textbox', { name: /^Evidence, in a line/ }).fill('Reviewed two designs');
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(
      () =>
        document.querySelectorAll<HTMLInputElement>('.checkup-item input[type=radio]')[3]
          ?.checked === true,
    );
    expect(await item.getByRole('textbox', { name: /^Evidence, in a line/ }).inputValue()).toBe(
      'Reviewed two designs',
    );
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
    await waitForSavedResults(page, 0);
    await undo.click();
    await page.getByRole('heading', { level: 2, name: /^Your check-up of/ }).waitFor();
    // Focus goes to the brought-back check-up's Delete button, not to the page.
    await page.waitForFunction(() =>
      document.activeElement?.textContent?.startsWith('Delete the check-up of'),
    );
    await waitForSavedResults(page, 1);
  });

  it('gathers tried experiments on the energy map, and the 1:1 brief holds exactly the two notes picked', async () => {
    const page = await browser.context.newPage();
    // Three answers on one topic (two will be picked), experiments on two topics.
    await gotoApp(page, '/topics/fear-people-challenges');
    const answers = [
      'Postponing the rota talk with Sam.',
      'Challenge first, care later: backwards.',
      'NOT PICKED: left out of the brief.',
    ];
    for (const [index, text] of answers.entries()) await answerBox(page, index).fill(text);
    await waitForSave(page, answers[2] ?? '');
    const logExperiment = async (feeling: string, why: string) => {
      const experiment = page.locator('.experiment').first();
      await experiment.getByRole('checkbox', { name: /^I tried this/ }).check();
      await experiment.getByRole('radio', { name: feeling }).check();
      await experiment.getByRole('textbox', { name: 'Why, in a line' }).fill(why);
      await waitForSave(page, why);
      return (await experiment.locator('h3').textContent()) ?? '';
    };
    const first = await logExperiment('Energising', 'The room opened up.');
    await gotoApp(page, '/topics/strategy-and-execution');
    const second = await logExperiment('Draining', 'Writing it alone wore me out.');
    // The topic's experiments lead to the energy map.
    await page.getByRole('link', { name: 'your energy map' }).click();
    await waitForTitle(page, 'Check-up · Debugging Leadership');

    const energy = page.getByRole('region', { name: 'Energy map' });
    await energy.getByText('The room opened up.').waitFor();
    for (const text of [first, second, 'Writing it alone wore me out.'])
      expect(await energy.getByText(text).count()).toBeGreaterThan(0);

    // Two check-ups, so the brief has a change to report. (Focus is on the energy map, below
    // the form, after that link: start from the form's heading.)
    await page.getByRole('heading', { name: 'Take the check-up' }).focus();
    await takeCheckupByKeyboard(page, () => 1);
    await page.getByRole('button', { name: 'Take the check-up again' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Take the check-up');
    await takeCheckupByKeyboard(page, () => 3);
    await waitForSavedResults(page, 2);

    const brief = page.getByRole('region', { name: 'Brief for your next 1:1' });
    const notes = brief.getByRole('checkbox');
    expect(await notes.count()).toBe(3);
    for (const box of await notes.all()) expect(await box.isChecked()).toBe(false);
    await brief.getByRole('checkbox', { name: /Postponing the rota/ }).check();
    await brief.getByRole('checkbox', { name: /Challenge first/ }).check();
    await brief
      .getByRole('textbox', { name: 'What I want to ask for' })
      .fill('Lead the Q1 migration.');
    await brief
      .getByRole('textbox', { name: 'How I like feedback' })
      .fill('In writing, same week.');
    await brief.getByLabel('Next check-in').fill('2027-01-15');
    await waitForSave(page, 'In writing, same week.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      brief.getByRole('button', { name: 'Download brief' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^one-to-one-brief-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await readFile(await download.path(), 'utf8');
    // Statements were picked by position, and some items list theirs strongest first, so only
    // an area with two weakest-first items moves from 25 to 75 here.
    expect(text).toContain('Culture and team composition: 75 of 100 (up 50)');
    for (const wanted of [
      first,
      second,
      'The room opened up.',
      'Writing it alone wore me out.',
      answers[0],
      answers[1],
      'Lead the Q1 migration.',
      'In writing, same week.',
      '15 January 2027',
    ])
      expect(text).toContain(wanted);
    expect(text).not.toContain('NOT PICKED');
    // Each picked note sits under its prompt.
    expect(text).toContain('What conversation have you been postponing?');

    // Print brief prints the brief alone, on one or two pages. (The print dialog is stubbed:
    // headless Chromium has none; page.pdf() lays the page out for paper as printing does.)
    await page.evaluate(() => {
      window.print = () => {};
    });
    await brief.getByRole('button', { name: 'Print brief' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.evaluate(() => [
        getComputedStyle(document.querySelector('main h1') as Element).display,
        getComputedStyle(document.querySelector('.checkup-results') as Element).display,
        document.querySelector('.brief-print')?.textContent?.startsWith('# My 1:1 brief'),
      ]),
    ).toEqual(['none', 'none', true]);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });

    // A reload keeps the results, the history and the brief's fields.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Your check-up of/ }).waitFor();
    expect(
      await page.getByRole('region', { name: 'Your check-ups' }).getByRole('listitem').count(),
    ).toBe(2);
    expect(
      await page
        .getByRole('region', { name: 'Brief for your next 1:1' })
        .getByRole('textbox', { name: 'What I want to ask for' })
        .inputValue(),
    ).toBe('Lead the Q1 migration.');
  });

  it('results, a comparison and the brief fit a 320 px screen without sideways scrolling', async () => {
    const narrow = await launchBrowser({ viewport: { width: 320, height: 700 } });
    try {
      const page = await narrow.context.newPage();
      await openCheckup(page);
      await takeCheckupByKeyboard(page, () => 1);
      await page.getByRole('button', { name: 'Take the check-up again' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Take the check-up');
      await takeCheckupByKeyboard(page, () => 4);
      await page.getByRole('heading', { name: 'Compare two check-ups' }).waitFor();
      await page.getByRole('button', { name: 'Preview' }).click();
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await narrow.close();
    }
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
