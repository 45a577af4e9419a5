import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { STORE_VERSION } from '../src/store/format/version';
import { appOrigin, axeViolations, gotoApp, hasBrowser, waitForApp } from './support/fixtures';
import { watchPage } from './support/page-watch';

const KEY = 'debugging-leadership';

async function answerFirstPrompt(page: Page, topicPath: string, text: string) {
  await gotoApp(page, topicPath);
  const reflections = page.getByRole('region', { name: 'Reflections' });
  const prompt = (await reflections.locator('label').first().textContent()) ?? '';
  await reflections.getByRole('textbox').first().fill(text);
  return prompt;
}

async function download(page: Page, buttonName: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

const storedState = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

describe.skipIf(!hasBrowser)('own your data, in Chromium', () => {
  let browser: Browser;
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser?.close());

  it('answers on two topics show in the notebook under their prompts, and in the Markdown download', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, appOrigin());
    const promptA = await answerFirstPrompt(
      page,
      '/topics/is-leadership-for-me',
      'Design reviews give me energy; status meetings drain me.',
    );
    const promptB = await answerFirstPrompt(
      page,
      '/topics/strategy-and-execution',
      '# Not a heading\n- a list item of mine',
    );
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Notes' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Notebook' }).waitFor();

    const topicA = page.getByRole('region', { name: 'Is technical leadership for me?' });
    expect(await topicA.locator('blockquote').first().textContent()).toBe(promptA);
    expect(
      await topicA.getByText('Design reviews give me energy; status meetings drain me.').count(),
    ).toBe(1);
    const topicB = page.getByRole('region', { name: 'Strategy and execution' });
    expect(await topicB.locator('blockquote').first().textContent()).toBe(promptB);
    expect(await page.getByRole('region', { name: 'Stage 1: Decide' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const file = await download(page, /Markdown/);
    expect(file.name).toMatch(/^debugging-leadership-notes-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.text).toMatch(/^# Debugging Leadership: my notes\n/);
    expect(file.text).toContain(
      `> ${promptA}\n\nDesign reviews give me energy; status meetings drain me.`,
    );
    // The reader's own list stays a list; only the line that would be a heading is escaped.
    expect(file.text).toContain(`> ${promptB}\n\n\\# Not a heading\n- a list item of mine`);
    expect(file.text).toContain('## Stage 3: Core practices');
    expect(file.text).toMatch(
      /\[Open this topic in Debugging Leadership\]\(<http:\/\/127\.0\.0\.1:\d+\/topics\/strategy-and-execution>\)/,
    );
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('filters the notebook by text and topic, with the filter in the URL', async () => {
    const page = await browser.context.newPage();
    await answerFirstPrompt(page, '/topics/is-leadership-for-me', 'apples');
    await answerFirstPrompt(page, '/topics/resource-management', 'oranges');
    await gotoApp(page, '/notes');
    const search = page.getByRole('searchbox', { name: 'Search your notes' });
    await search.pressSequentially('orang');
    await page.waitForURL(/\?q=orang$/);
    // Typing rewrites the URL, and focus stays in the field.
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await search.inputValue()).toBe('orang');
    expect(await page.getByText('oranges').count()).toBe(1);
    expect(await page.getByText('apples').count()).toBe(0);
    await page.reload();
    await page.getByText('1 of 2 notes match.').waitFor();
    await page.getByRole('searchbox', { name: 'Search your notes' }).fill('');
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('is-leadership-for-me');
    await page.waitForURL(/\?topic=is-leadership-for-me$/);
    expect(await page.getByText('apples').count()).toBe(1);
    expect(await page.getByText('oranges').count()).toBe(0);
  });

  it('edits a note in place, and Undo brings back a deleted one', async () => {
    const page = await browser.context.newPage();
    const prompt = await answerFirstPrompt(page, '/topics/purpose-and-meaning', 'First draft');
    await gotoApp(page, '/notes');
    await page.getByRole('button', { name: `Edit your answer to: ${prompt}` }).click();
    await page
      .getByRole('textbox', { name: `Edit your answer to: ${prompt}` })
      .fill('Second draft');
    await page.getByRole('button', { name: 'Done editing' }).click();
    expect(await page.getByText('Second draft').count()).toBe(1);
    await page.getByRole('button', { name: `Delete your answer to: ${prompt}` }).click();
    expect(await page.getByText('Second draft').count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Second draft').waitFor();
  });

  it('restores a downloaded backup into a fresh browser profile', async () => {
    const page = await browser.context.newPage();
    await answerFirstPrompt(
      page,
      '/topics/influence-without-title',
      'I steered the API review without the title.',
    );
    await page.getByRole('button', { name: 'Bookmark this topic' }).click();
    await page
      .getByRole('group', { name: 'Reading status' })
      .getByRole('radio', { name: 'Done' })
      .check();
    await gotoApp(page, '/settings');
    const backup = await download(page, /backup/i);
    expect(backup.name).toMatch(/^debugging-leadership-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(backup.text);
    expect(parsed).toMatchObject({ app: 'debugging-leadership', schemaVersion: STORE_VERSION });
    expect(Date.parse(parsed.exportedAt)).not.toBeNaN();
    const file = path.join(tmpdir(), `restore-${Date.now()}.json`);
    await writeFile(file, backup.text);

    const fresh = await launchBrowser();
    try {
      const other = await fresh.context.newPage();
      await gotoApp(other, '/settings');
      await other.getByLabel('Choose a file to restore').setInputFiles(file);
      const preview = other.getByRole('region', { name: 'Restore preview' });
      await preview.waitFor();
      const previewText = await preview.textContent();
      // Only what there is: no "0 experiment logs", and "nothing" where a merge adds nothing.
      expect(previewText).toMatch(/holds 1 note, 1 bookmark, 1 reading status\./);
      expect(previewText).not.toMatch(/\b0 /);
      expect(previewText).toMatch(/It removes nothing/);
      expect(await axeViolations(other)).toEqual([]);
      expect(await storedState(other)).toBeNull();
      await preview.getByRole('button', { name: 'Replace' }).click();
      await other.getByText(/Backup restored/).waitFor();
      await gotoApp(other, '/notes');
      await other.getByText('I steered the API review without the title.').waitFor();
      await gotoApp(other, '/');
      await other.getByText('1 of 12 topics done').waitFor();
    } finally {
      await fresh.close();
    }
  });

  it('restores a backup dropped on the restore area', async () => {
    const page = await browser.context.newPage();
    await answerFirstPrompt(page, '/topics/purpose-and-meaning', 'Dropped in, not chosen.');
    await gotoApp(page, '/settings');
    const backup = await download(page, 'Download a backup');
    const fresh = await launchBrowser();
    try {
      const other = await fresh.context.newPage();
      await gotoApp(other, '/settings');
      // A real drop: a DataTransfer holding the file, dispatched on the drop area.
      const dataTransfer = await other.evaluateHandle((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'backup.json', { type: 'application/json' }));
        return transfer;
      }, backup.text);
      const dropzone = other.locator('.dropzone');
      await dropzone.dispatchEvent('dragover', { dataTransfer });
      await dropzone.dispatchEvent('drop', { dataTransfer });
      const preview = other.getByRole('region', { name: 'Restore preview' });
      await preview.waitFor();
      expect(await preview.textContent()).toMatch(/backup\.json, exported .* holds 1 note/);
      await preview.getByRole('button', { name: 'Merge' }).click();
      await other.getByText(/Backup merged/).waitFor();
      await gotoApp(other, '/notes');
      await other.getByText('Dropped in, not chosen.').waitFor();
    } finally {
      await fresh.close();
    }
  });

  it('refuses bad files with a message and changes nothing', async () => {
    const page = await browser.context.newPage();
    await answerFirstPrompt(page, '/topics/debug-your-leadership', 'Keep me exactly as I am.');
    await gotoApp(page, '/settings');
    await page.waitForFunction(
      (key) => (localStorage.getItem(key) ?? '').includes('Keep me exactly'),
      KEY,
    );
    const before = await storedState(page);
    const now = new Date().toISOString();
    const state = JSON.parse(before ?? '{}').state;
    const bad: [string, string, RegExp][] = [
      ['not-json.json', 'not json at all', /not valid JSON/],
      [
        'truncated.json',
        JSON.stringify({
          app: 'debugging-leadership',
          schemaVersion: 2,
          exportedAt: now,
          state,
        }).slice(0, 60),
        /cut short/,
      ],
      [
        'other-app.json',
        JSON.stringify({ app: 'someone-else', schemaVersion: 2, exportedAt: now, state }),
        /not made by Debugging Leadership/,
      ],
      [
        'future.json',
        JSON.stringify({ app: 'debugging-leadership', schemaVersion: 99, exportedAt: now, state }),
        /newer version/,
      ],
      [
        'wrong-shape.json',
        JSON.stringify({
          app: 'debugging-leadership',
          schemaVersion: 2,
          exportedAt: now,
          state: { ...state, notes: 'lots' },
        }),
        /does not recognise/,
      ],
      [
        'proto.json',
        `{"app":"debugging-leadership","schemaVersion":2,"exportedAt":"${now}","state":{"__proto__":{"x":1}}}`,
        /"__proto__"/,
      ],
      [
        'huge.json',
        JSON.stringify({ app: 'debugging-leadership', pad: 'x'.repeat(5 * 1024 * 1024 + 10) }),
        /larger than 5 MB/,
      ],
    ];
    for (const [name, text, message] of bad) {
      const file = path.join(tmpdir(), `${Date.now()}-${name}`);
      await writeFile(file, text);
      await page.getByLabel('Choose a file to restore').setInputFiles(file);
      const alert = page.getByRole('alert');
      await alert.getByText(message).waitFor();
      expect(await alert.textContent()).toMatch(/Nothing in this browser was changed\./);
      expect(await page.getByRole('region', { name: 'Restore preview' }).count()).toBe(0);
    }
    // Leaving the page writes whatever is still waiting to be saved (the app flushes on
    // pagehide), so after a reload storage holds all this page would ever have written; no
    // guess at how long the save batch takes on this machine.
    await page.reload();
    await waitForApp(page);
    expect(await storedState(page)).toBe(before);
  });

  it('resets one topic behind a dialog that first offers the backup', async () => {
    const page = await browser.context.newPage();
    await answerFirstPrompt(page, '/topics/fear-balancing-roles', 'A note to lose');
    await answerFirstPrompt(page, '/topics/resource-management', 'A note to keep');
    await gotoApp(page, '/settings');
    await page
      .getByRole('combobox', { name: 'Topic to reset' })
      .selectOption('fear-balancing-roles');
    await page.getByRole('button', { name: 'Reset this topic' }).click();
    const dialog = page.getByRole('dialog', { name: /Reset “Fear: balancing/ });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Escape cancels and returns focus to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset this topic');
    await page.getByRole('button', { name: 'Reset this topic' }).click();
    const backup = await download(page, 'Download a backup first');
    expect(backup.text).toContain('A note to lose');
    await dialog.getByRole('button', { name: 'Yes, reset this topic' }).click();
    await gotoApp(page, '/notes');
    await page.getByText('A note to keep').waitFor();
    expect(await page.getByText('A note to lose').count()).toBe(0);
  });

  it('shows how much the data takes and asks for persistent storage', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, '/settings');
    const storage = page.getByRole('region', { name: 'Storage' });
    await storage
      .getByText(
        /^Your notes and progress take \d+(\.\d)? (bytes|KB)\. This browser lets this site use up to \d+(\.\d)? (MB|GB|TB)\.$/,
      )
      .waitFor();
    expect(await storage.textContent()).not.toMatch(/\d\.0 |of \d/);
    await storage.getByText(/Persistent storage:/).waitFor();
  });
});
