import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { axeViolations, gotoApp, hasBrowser, waitForApp } from './support/fixtures';
import {
  answerBox,
  backupText,
  closed,
  notebookText,
  noteRecord,
  PROMPTS,
  resetEverything,
  restore,
  STORAGE_KEY,
  savedState,
  TOPIC,
  TOPIC_SLUG,
  waitForBookmarkSaved,
  waitForSave,
  wordsMissing,
} from './support/reader';

/**
 * Fault injection: each scenario does to the app what a hostile tester (or a bad day) would, in
 * real Chromium against the production build, then counts the reader's words the app no longer
 * shows. Every scenario must hold with 0 words lost. The last line of the run sums them up.
 */
type Outcome = { name: string; words: number; lost: number };
const outcomes: Outcome[] = [];
/** Tests that failed before they could count words: they did not hold either. */
const failedUncounted: string[] = [];

const countWords = (texts: readonly string[]) =>
  texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);

/** Records a scenario's outcome and checks it: `lost` of `texts`' words are missing. */
function record(name: string, texts: readonly string[], lost: number) {
  outcomes.push({ name, words: countWords(texts), lost });
  expect(lost, `${name}: words lost`).toBe(0);
}

/** Checks that the notebook still shows `texts`, what the reader wrote, and records it. */
async function expectKept(name: string, context: BrowserContext, texts: readonly string[]) {
  record(name, texts, wordsMissing(await notebookText(context, texts), texts));
}

const answerId = (index: number) => `${TOPIC_SLUG}/${PROMPTS[index] ?? ''}`;

async function typeAnswer(page: Page, text: string, index = 0) {
  await gotoApp(page, TOPIC);
  await answerBox(page, index).fill(text);
  await waitForSave(page, text);
}

/** Puts saved data straight into storage, as another version, device or tab left it. */
async function seed(page: Page, value: string) {
  await gotoApp(page, '/about');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
    STORAGE_KEY,
    value,
  ] as const);
  await page.reload();
  await waitForApp(page);
}

describe.skipIf(!hasBrowser)('fault injection: nothing the reader wrote is lost', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeEach(async () => {
    browser = await launchBrowser();
    context = browser.context;
  });
  let countedBefore = 0;
  beforeEach(() => {
    countedBefore = outcomes.length;
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && outcomes.length === countedBefore)
      failedUncounted.push(task.name);
    await browser?.close();
  });
  afterAll(() => {
    const held = outcomes.filter((o) => o.lost === 0).length;
    const lost = outcomes.reduce((sum, o) => sum + o.lost, 0);
    const tried = outcomes.length + failedUncounted.length;
    const uncounted = failedUncounted.length
      ? ` (${failedUncounted.length} failed before their words could be counted)`
      : '';
    console.log(
      `\nfault injection: ${tried} scenarios tried, ${held} held, ${lost} words lost${uncounted}`,
    );
  });

  it('reset, then restore the backup the reset dialog offered, with Merge', async () => {
    const page = await context.newPage();
    const text = 'The answer I wrote before the reset.';
    await typeAnswer(page, text);
    await gotoApp(page, '/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const file = path.join(tmpdir(), `dl-backup-${Date.now()}.json`);
    await download.saveAs(file);
    await resetEverything(page);
    await gotoApp(page, '/settings');
    await page.getByLabel('Choose a file to restore').setInputFiles(file);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Backup merged' }).waitFor();
    await expectKept('reset, then Merge the backup', context, [text]);
  });

  it('reset, then Replace with the backup while a second tab is open', async () => {
    const page = await context.newPage();
    const text = 'Kept through a reset and a second tab.';
    await typeAnswer(page, text);
    const backup = backupText({
      notes: { [answerId(0)]: noteRecord(answerId(0), text, { promptId: PROMPTS[0] }) },
    });
    const other = await context.newPage();
    await gotoApp(other, TOPIC);
    await resetEverything(page);
    await restore(page, backup, 'Replace');
    // The other tab adopts the replacement rather than writing its reset copy back.
    await other.waitForFunction(
      ([wanted]) => document.querySelector('textarea')?.value === wanted,
      [text],
    );
    await other.getByRole('button', { name: 'Bookmark this topic' }).click();
    await waitForBookmarkSaved(other, TOPIC_SLUG);
    await expectKept('reset, then Replace with a second tab open', context, [text]);
  });

  it("Merge ignores a backup's deletions", async () => {
    const page = await context.newPage();
    const text = 'Merge must never delete this.';
    await typeAnswer(page, text);
    const backup = backupText({
      notes: {
        [answerId(0)]: noteRecord(answerId(0), '', {
          promptId: PROMPTS[0],
          updatedAt: '2026-11-25T00:00:00.000Z',
          deletedAt: '2026-11-25T00:00:00.000Z',
        }),
      },
    });
    await restore(page, backup, 'Merge');
    await expectKept("a backup's deletions on Merge", context, [text]);
  });

  it('a record stamped in 2099 does not win over later edits, in any tab', async () => {
    const page = await context.newPage();
    const backup = backupText({
      notes: {
        [answerId(0)]: noteRecord(answerId(0), 'old text from a wrong clock', {
          promptId: PROMPTS[0],
          updatedAt: '2099-01-01T00:00:00.000Z',
        }),
      },
    });
    await restore(page, backup, 'Merge');
    const edit = 'My own later edit of this answer.';
    await typeAnswer(page, edit);
    const other = await context.newPage();
    await gotoApp(other, TOPIC);
    await other.getByRole('button', { name: 'Bookmark this topic' }).click();
    await page.reload();
    await waitForApp(page);
    expect(await answerBox(page).inputValue()).toBe(edit);
    await expectKept('a record from the future', context, [edit]);
  });

  it('saved data from a device whose clock reads 9999 does not win over later edits', async () => {
    const page = await context.newPage();
    await seed(
      page,
      JSON.stringify({
        version: 3,
        state: savedState({
          notes: {
            [answerId(0)]: noteRecord(answerId(0), 'from the future', {
              promptId: PROMPTS[0],
              updatedAt: '9999-12-31T23:59:59.999Z',
            }),
          },
        }),
      }),
    );
    const edit = 'Written today, after the future.';
    await typeAnswer(page, edit);
    const other = await context.newPage();
    await typeAnswer(other, 'A note in the second tab.', 1);
    await page.reload();
    await waitForApp(page);
    expect(await answerBox(page).inputValue()).toBe(edit);
    await expectKept('a clock from the future', context, [edit, 'A note in the second tab.']);
  });

  it('two tabs closed at the same instant right after typing, 20 times', async () => {
    const texts: string[] = [];
    let lost = 0;
    for (let round = 0; round < 20; round++) {
      const a = await context.newPage();
      const b = await context.newPage();
      await Promise.all([gotoApp(a, TOPIC), gotoApp(b, TOPIC)]);
      const textA = `Round ${round} tab A words`;
      const textB = `Round ${round} tab B words`;
      await answerBox(a, 0).fill(textA);
      await answerBox(b, 1).fill(textB);
      const gone = Promise.all([closed(a), closed(b)]);
      await Promise.all([a.close({ runBeforeUnload: true }), b.close({ runBeforeUnload: true })]);
      await gone;
      texts.push(textA, textB);
      const check = await context.newPage();
      await gotoApp(check, TOPIC);
      // Journals of closed tabs are read in when the next tab starts.
      const shown = [
        await answerBox(check, 0).inputValue(),
        await answerBox(check, 1).inputValue(),
      ];
      lost += wordsMissing(shown.join('\n'), [textA, textB]);
      await check.close();
    }
    record('two tabs closed together, 20 times', texts, lost);
  });

  it('two tabs typing into the same answer keep both texts', async () => {
    const a = await context.newPage();
    const b = await context.newPage();
    await Promise.all([gotoApp(a, TOPIC), gotoApp(b, TOPIC)]);
    const textA = 'Alpha: typed in the first tab.';
    const textB = 'Beta: typed in the second tab.';
    await answerBox(a).fill(textA);
    await answerBox(b).fill(textB);
    await Promise.all([waitForSave(a, textA), waitForSave(b, textB)]);
    // Both tabs end up showing the two texts: one in the box, the other as a conflicting copy.
    for (const page of [a, b])
      await page.getByRole('list', { name: /Conflicting copies of your answer/ }).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await expectKept('two tabs typing into one answer', context, [textA, textB]);
  });

  it('one malformed record spoils nothing, and Restore takes back the kept-aside copy', async () => {
    const page = await context.newPage();
    const text = 'A valid note beside a broken bookmark.';
    const raw = JSON.stringify({
      version: 3,
      state: savedState({
        bookmarks: { broken: { id: 'broken', topic: 42 } },
        notes: { 'note-1': noteRecord('note-1', text) },
      }),
    });
    await seed(page, raw);
    await page
      .getByRole('alert')
      .getByText(/1 saved record could not be read and was set aside/)
      .waitFor();
    await expectKept('one malformed record', context, [text]);
    // The copy kept aside downloads as JSON that Restore accepts, in a browser that has nothing.
    await gotoApp(page, '/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download the copy kept/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const file = path.join(tmpdir(), `dl-kept-${Date.now()}.json`);
    await download.saveAs(file);
    const fresh = await launchBrowser();
    try {
      const other = await fresh.context.newPage();
      await gotoApp(other, '/settings');
      await other.getByLabel('Choose a file to restore').setInputFiles(file);
      await other.getByText('1 record in it could not be read and is left out.').waitFor();
      await other.getByRole('button', { name: 'Merge', exact: true }).click();
      await other.getByRole('status').filter({ hasText: 'Backup merged' }).waitFor();
      await expectKept('restore the kept-aside copy', fresh.context, [text]);
    } finally {
      await fresh.close();
    }
  });

  it('record keys that are Object.prototype names, after Merge and after Replace', async () => {
    const names = ['toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
    const texts = names.map((name) => `A note saved under the key ${name}.`);
    const notes = Object.fromEntries(
      names.map((name, i) => [name, noteRecord(name, texts[i] ?? '')]),
    );
    const bookmarks = Object.fromEntries(
      names.map((name) => [
        `${TOPIC_SLUG}#${name}`,
        {
          id: `${TOPIC_SLUG}#${name}`,
          topic: TOPIC_SLUG,
          section: name,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ]),
    );
    const page = await context.newPage();
    await restore(page, backupText({ notes, bookmarks }), 'Merge');
    await gotoApp(page, '/bookmarks');
    expect(await page.getByRole('heading', { name: 'Something went wrong' }).count()).toBe(0);
    await expectKept('prototype names after Merge', context, texts);
    const other = await context.newPage();
    await gotoApp(other, TOPIC);
    await restore(page, backupText({ notes, bookmarks }), 'Replace');
    await other.getByRole('button', { name: 'Bookmark this topic' }).click();
    await waitForBookmarkSaved(other, TOPIC_SLUG);
    await expectKept('prototype names after Replace, another tab writing', context, texts);
  });

  it('a key that disagrees with its id, and two answers to one prompt, all show', async () => {
    const first = 'The first answer to the prompt.';
    const second = 'A second answer to the same prompt.';
    const misfiled = 'A note filed under the wrong key.';
    const page = await context.newPage();
    await restore(
      page,
      backupText({
        notes: {
          [answerId(0)]: noteRecord(answerId(0), first, { promptId: PROMPTS[0] }),
          stray: noteRecord('stray', second, { promptId: PROMPTS[0] }),
          'key-a': noteRecord('id-b', misfiled),
        },
      }),
      'Merge',
    );
    await expectKept('keys, ids and two answers', context, [first, second, misfiled]);
    // Edit opens each note with its own text (a key that disagreed with its id once opened empty).
    await gotoApp(page, '/notes');
    const edits = page.getByRole('button', { name: /^Edit note \d+ on/ });
    while ((await edits.count()) > 0) await edits.first().click();
    const boxes = page.getByRole('textbox', { name: /^Edit note \d+ on/ });
    const values = await Promise.all((await boxes.all()).map((box) => box.inputValue()));
    expect(values.sort()).toEqual([second, misfiled].sort());
  });

  it('Replace with an older backup while another tab is open: the other tab adopts it', async () => {
    const page = await context.newPage();
    await typeAnswer(page, 'Newer text that Replace removes on purpose.');
    const other = await context.newPage();
    await gotoApp(other, TOPIC);
    const kept = 'The backup’s older answer.';
    await restore(
      page,
      backupText({
        notes: { [answerId(0)]: noteRecord(answerId(0), kept, { promptId: PROMPTS[0] }) },
      }),
      'Replace',
    );
    await other.waitForFunction(
      ([wanted]) => document.querySelector('textarea')?.value === wanted,
      [kept],
    );
    await other.getByRole('button', { name: 'Bookmark this topic' }).click();
    await waitForBookmarkSaved(other, TOPIC_SLUG);
    const shown = await notebookText(context);
    expect(shown).not.toContain('Newer text that Replace removes on purpose.');
    await expectKept('Replace while another tab is open', context, [kept]);
  });

  it('choosing a large file, then at once a small one, previews the small one', async () => {
    const page = await context.newPage();
    await gotoApp(page, '/settings');
    const big = path.join(tmpdir(), `dl-big-${Date.now()}.json`);
    const small = path.join(tmpdir(), `dl-small-${Date.now()}.json`);
    const many = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`n${i}`, noteRecord(`n${i}`, 'x'.repeat(300))]),
    );
    await writeFile(big, backupText({ notes: many }));
    const wanted = 'The one note of the small file.';
    await writeFile(small, backupText({ notes: { only: noteRecord('only', wanted) } }));
    const input = page.getByLabel('Choose a file to restore');
    await input.setInputFiles(big);
    await input.setInputFiles(small);
    const preview = page.getByRole('region', { name: 'Restore preview' });
    await preview.getByText(path.basename(small)).waitFor();
    await preview.getByRole('button', { name: 'Replace', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Backup restored' }).waitFor();
    const shown = await notebookText(context);
    expect(shown).not.toContain('x'.repeat(300));
    await expectKept('the last chosen file wins', context, [wanted]);
  });

  it('a paste past the 100,000-character limit cuts nothing, says so, and keeps it', async () => {
    const page = await context.newPage();
    const saved = 'An answer already saved in this box.';
    await typeAnswer(page, saved);
    const tail = 'These closing words are past the limit.';
    const long = `${'a'.repeat(100_000)}${tail}`;
    // Pasted into the middle of the saved answer: the box would go past its limit.
    await answerBox(page).evaluate((box, text) => {
      const area = box as HTMLTextAreaElement;
      area.setSelectionRange(10, 10);
      document.execCommand('insertText', false, text);
    }, long);
    const alert = page.getByRole('alert').filter({ hasText: 'holds up to 100,000 characters' });
    await alert.getByText(/the 100,039 characters you added were not put in it/).waitFor();
    expect(await answerBox(page).inputValue()).toBe(saved);
    expect(await axeViolations(page)).toEqual([]);
    await alert.getByRole('button', { name: 'Save what I added as a new note' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as a new note' }).waitFor();
    await waitForSave(page, tail);
    await expectKept('an over-long paste', context, [saved, tail]);
  });

  it('storage that refuses writes keeps the words in memory, says so, and saves them later', async () => {
    const page = await context.newPage();
    await gotoApp(page, TOPIC);
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      (window as unknown as { restoreSetItem: () => void }).restoreSetItem = () => {
        Storage.prototype.setItem = original;
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const text = 'Written while storage is full.';
    await answerBox(page).fill(text);
    await page.getByRole('alert').getByText('Your changes are not being saved.').waitFor();
    await page.evaluate(() =>
      (window as unknown as { restoreSetItem: () => void }).restoreSetItem(),
    );
    await waitForSave(page, text);
    await expectKept('storage full, then free again', context, [text]);
  });

  it('a reload a moment after typing keeps every word', async () => {
    const page = await context.newPage();
    await gotoApp(page, TOPIC);
    const text = 'Typed, then reloaded at once.';
    await answerBox(page).fill(text);
    await page.reload();
    await waitForApp(page);
    expect(await answerBox(page).inputValue()).toBe(text);
    await expectKept('reload right after typing', context, [text]);
  });

  it('corrupt saved data is kept aside and the app still starts', async () => {
    const page = await context.newPage();
    await seed(page, '{"state":{"notes":{"n1":{"body":"half a no');
    await page
      .getByRole('alert')
      .getByText(/could not be read, so the app started fresh/)
      .waitFor();
    const text = 'A fresh start after corrupt data.';
    await typeAnswer(page, text);
    const copies = await page.evaluate(
      (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).length,
      STORAGE_KEY,
    );
    expect(copies).toBe(1);
    await expectKept('corrupt saved data', context, [text]);
  });

  it('HTML typed into an answer is shown as text and runs nothing', async () => {
    const page = await context.newPage();
    const text = '<img src=x onerror="window.__ran=1"><script>window.__ran=1</script>';
    await typeAnswer(page, text);
    await gotoApp(page, '/notes');
    await page.getByText(text).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBe(
      undefined,
    );
    await expectKept('HTML in an answer', context, [text]);
  });
});
