import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { gotoApp } from './fixtures';

/** What a reader does, for tests that try to make the app lose their words. */

export const STORAGE_KEY = 'debugging-leadership';
export const TOPIC_SLUG = 'fear-people-challenges';
export const TOPIC = `/topics/${TOPIC_SLUG}`;

export const answerBox = (page: Page, index = 0) =>
  page.getByRole('region', { name: 'Reflections' }).getByRole('textbox').nth(index);

/** The ids of the topic's reflection prompts, in page order (answers live at topic/prompt). */
export const PROMPTS = [
  'people-postponed-conversation',
  'people-care-challenge-default',
  'people-speaking-up-safety',
];

/**
 * Everything the notebook shows: the reader's view of what the app kept. Writes are batched and
 * other tabs' writes arrive as events, so it waits (up to a cap) for `expected` to show; a text
 * still missing then is reported as lost.
 */
export async function notebookText(
  context: BrowserContext,
  expected: readonly string[] = [],
): Promise<string> {
  const page = await context.newPage();
  await gotoApp(page, '/notes');
  await page
    .waitForFunction(
      (texts) => texts.every((text) => document.querySelector('main')?.textContent?.includes(text)),
      expected,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  const text = (await page.getByRole('main').textContent()) ?? '';
  await page.close();
  return text;
}

/** Waits until the saved data holds a bookmark of `topic` (a write from that page landed). */
export const waitForBookmarkSaved = (page: Page, topic: string) =>
  page.waitForFunction(
    ([key, id]) => {
      const saved = JSON.parse(localStorage.getItem(key) ?? 'null');
      const bookmark = saved?.state?.bookmarks?.[id];
      return Boolean(bookmark && !bookmark.deletedAt);
    },
    [STORAGE_KEY, topic] as const,
  );

/** Words of `texts` the notebook does not show (each text counts whole, or all its words). */
export const wordsMissing = (shown: string, texts: readonly string[]) =>
  texts
    .filter((text) => !shown.includes(text))
    .reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);

const STAMP = '2026-01-01T00:00:00.000Z';

export const noteRecord = (
  id: string,
  body: string,
  options: { updatedAt?: string; promptId?: string; deletedAt?: string; topic?: string } = {},
) => ({
  id,
  topic: options.topic ?? TOPIC_SLUG,
  body,
  createdAt: STAMP,
  updatedAt: options.updatedAt ?? STAMP,
  ...(options.promptId ? { promptId: options.promptId } : {}),
  ...(options.deletedAt ? { deletedAt: options.deletedAt } : {}),
});

export const savedState = (parts: Record<string, unknown> = {}) => ({
  preferences: { theme: 'system', updatedAt: STAMP },
  progress: {},
  bookmarks: {},
  notes: {},
  experiments: {},
  lastPosition: null,
  ...parts,
});

/** A backup file's text, as Settings writes it. */
export const backupText = (parts: Record<string, unknown>) =>
  JSON.stringify({
    app: STORAGE_KEY,
    schemaVersion: 3,
    exportedAt: STAMP,
    state: savedState(parts),
  });

/** Chooses `text` as a file in Settings, waits for the preview, then Merge or Replace. */
export async function restore(page: Page, text: string, mode: 'Merge' | 'Replace') {
  const file = path.join(tmpdir(), `dl-restore-${Date.now()}-${Math.random()}.json`);
  await writeFile(file, text);
  await gotoApp(page, '/settings');
  await page.getByLabel('Choose a file to restore').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Restore preview' });
  await preview.getByRole('button', { name: mode, exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Backup (merged|restored)/ })
    .waitFor();
}

/** Resets everything through the Settings dialog, as a reader would. */
export async function resetEverything(page: Page) {
  await gotoApp(page, '/settings');
  await page.getByRole('button', { name: 'Reset everything' }).click();
  await page
    .getByRole('dialog', { name: 'Reset everything?' })
    .getByRole('button', { name: 'Yes, reset everything' })
    .click();
}

/** Waits until the app has written what is pending (the quiet "Saved" after typing). */
export const waitForSave = (page: Page, text: string) =>
  page.waitForFunction(([key, wanted]) => (localStorage.getItem(key) ?? '').includes(wanted), [
    STORAGE_KEY,
    JSON.stringify(text).slice(1, -1),
  ] as const);

/** Resolves when the page has closed (its pagehide handlers have run). */
export const closed = (page: Page) =>
  new Promise<void>((resolve) => {
    if (page.isClosed()) resolve();
    else page.once('close', () => resolve());
  });
