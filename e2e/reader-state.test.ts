import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { appOrigin, axeViolations, gotoApp, hasBrowser, waitForApp } from './support/fixtures';
import { watchPage } from './support/page-watch';

const KEY = 'debugging-leadership';
const TOPIC = '/topics/fear-people-challenges';

/** Reads what the app has saved, straight from localStorage. */
const saved = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY) as Promise<{
    state: { notes: Record<string, { body: string; deletedAt?: string }> };
  } | null>;

const firstAnswer = (page: Page) =>
  page.getByRole('region', { name: 'Reflections' }).getByRole('textbox').first();

/**
 * Stops the page's clock (installed with page.clock.install() before the page loaded): from
 * here its timers fire only as the test moves the clock on. It jumps a minute ahead first, which
 * fires whatever was due (a pending save) and cannot land in the page's past however slowly
 * this machine runs.
 */
async function pausePageClock(page: Page) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 60_000);
}

describe.skipIf(!hasBrowser)('reader state in Chromium', () => {
  let browser: Browser;
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser?.close());

  it('status, bookmark and an answer typed just before a reload are all there after it', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, appOrigin());
    await gotoApp(page, TOPIC);
    const status = page.getByRole('group', { name: 'Reading status' });
    // Opening a topic is not reading it: it stays "Not started" until the reader scrolls past
    // its first section (the tracker sees the second section heading reach the reading band).
    expect(await status.getByRole('radio', { name: 'Not started' }).isChecked()).toBe(true);
    await page
      .locator('.topic-section h2')
      .nth(1)
      .evaluate((heading) => heading.scrollIntoView());
    await status.getByRole('radio', { name: 'In progress', checked: true }).waitFor();
    await status.getByRole('radio', { name: 'Done' }).check();
    await page.getByRole('button', { name: 'Bookmark this topic' }).click();
    const answer = firstAnswer(page);
    await answer.fill('I keep postponing the talk with Sam about code reviews.');
    await page.reload();
    await waitForApp(page);

    expect(await firstAnswer(page).inputValue()).toBe(
      'I keep postponing the talk with Sam about code reviews.',
    );
    expect(
      await page
        .getByRole('group', { name: 'Reading status' })
        .getByRole('radio', { name: 'Done' })
        .isChecked(),
    ).toBe(true);
    expect(
      await page.getByRole('button', { name: 'Bookmark this topic' }).getAttribute('aria-pressed'),
    ).toBe('true');

    await gotoApp(page, '/bookmarks');
    const list = page.getByRole('main').getByRole('listitem');
    expect(await list.count()).toBe(1);
    expect(await list.getByRole('link').textContent()).toBe('Fear: the people side');

    await gotoApp(page, '/');
    await page.getByText('1 of 12 topics done').waitFor();
    expect(
      await page.getByRole('progressbar', { name: '1 of 12 topics done' }).getAttribute('value'),
    ).toBe('1');
    // "Continue" loads with its own chunk, for a reader who has started, a moment after the page.
    await page.getByRole('region', { name: 'Continue where you left off' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('keeps what was typed when the tab is closed right after typing', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await firstAnswer(page).pressSequentially('closing now');
    // With runBeforeUnload, close() returns before the tab has gone: wait until it has (and so
    // has run its pagehide save) before a new tab reads storage.
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    const again = await browser.context.newPage();
    await gotoApp(again, TOPIC);
    expect(await firstAnswer(again).inputValue()).toBe('closing now');
  });

  it('batches writes: far fewer storage writes than keystrokes, with a quiet "Saved"', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript((key) => {
      const original = Storage.prototype.setItem;
      (window as unknown as { __writes: number }).__writes = 0;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name === key) (window as unknown as { __writes: number }).__writes++;
        return original.call(this, name, value);
      };
    }, KEY);
    await page.clock.install();
    await gotoApp(page, TOPIC);
    // The pace is set on the page's clock, which the test moves: with real time, a busy machine
    // spreads the keystrokes over several save batches and the count depends on its load.
    await pausePageClock(page);
    const writesBefore = await page.evaluate(
      () => (window as unknown as { __writes: number }).__writes,
    );
    const text = 'Forty keystrokes typed at a steady pace.';
    for (const key of text) {
      await firstAnswer(page).press(key);
      await page.clock.runFor(25);
    }
    await page.clock.resume();
    await page.getByText('Saved', { exact: true }).waitFor();
    const writes =
      (await page.evaluate(() => (window as unknown as { __writes: number }).__writes)) -
      writesBefore;
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThan(text.length / 4);
  });

  it('two tabs writing different records never erase each other, and each sees the other', async () => {
    const tabA = await browser.context.newPage();
    const tabB = await browser.context.newPage();
    await gotoApp(tabA, TOPIC);
    await gotoApp(tabB, TOPIC);
    const answersA = tabA.getByRole('region', { name: 'Reflections' }).getByRole('textbox');
    const answersB = tabB.getByRole('region', { name: 'Reflections' }).getByRole('textbox');
    await answersA.nth(0).fill('Written in tab A');
    await answersB.nth(1).fill('Written in tab B');
    // Each tab shows the other's answer once the other has saved.
    await tabA.waitForFunction(() =>
      [...document.querySelectorAll('textarea')].some((t) => t.value === 'Written in tab B'),
    );
    await tabB.waitForFunction(() =>
      [...document.querySelectorAll('textarea')].some((t) => t.value === 'Written in tab A'),
    );
    await tabA
      .getByRole('group', { name: 'Reading status' })
      .getByRole('radio', { name: 'Done' })
      .check();
    await tabB.getByRole('button', { name: 'Bookmark this topic' }).click();
    await tabA.waitForFunction(() =>
      document.querySelector(
        'button[aria-pressed="true"].bookmark-button:not(.bookmark-button--section)',
      ),
    );
    await tabB.reload();
    await waitForApp(tabB);
    expect(await answersB.nth(0).inputValue()).toBe('Written in tab A');
    expect(await answersB.nth(1).inputValue()).toBe('Written in tab B');
    expect(await tabB.getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
    expect(
      await tabB.getByRole('button', { name: 'Bookmark this topic' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('when storage refuses writes, says so in an alert, keeps working, and recovers', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if ((window as unknown as { __storageFull?: boolean }).__storageFull) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.call(this, name, value);
      };
    });
    await gotoApp(page, TOPIC);
    await page.evaluate(() => {
      (window as unknown as { __storageFull?: boolean }).__storageFull = true;
    });
    await firstAnswer(page).fill('Written while storage is full');
    const alert = page.getByRole('alert');
    await alert.getByText('Your changes are not being saved.').waitFor();
    expect(await alert.getByRole('button', { name: 'Download your data now' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The app keeps working in memory: leave the topic and come back.
    await page.getByRole('link', { name: /^Next topic/ }).click();
    await page.getByText('Topic 4 of 12').waitFor();
    await page.getByRole('link', { name: /^Previous topic/ }).click();
    await page.getByText('Topic 3 of 12').waitFor();
    expect(await firstAnswer(page).inputValue()).toBe('Written while storage is full');

    await page.evaluate(() => {
      (window as unknown as { __storageFull?: boolean }).__storageFull = false;
    });
    // The write is retried every few seconds: the alert goes once one succeeds.
    await alert.waitFor({ state: 'detached' });
    const notes = Object.values((await saved(page))?.state.notes ?? {});
    expect(notes.map((note) => note.body)).toEqual(['Written while storage is full']);
  });

  it('starts clean on corrupt saved data, keeps it under another key, and offers it for download', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, '/about');
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"state":{"notes":{"n1":{"body":"half a no'),
      KEY,
    );
    await page.reload();
    await waitForApp(page);
    const alert = page.getByRole('alert');
    await alert.getByText('Your saved data could not be read, so the app started fresh.').waitFor();
    const kept = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((name) => name.startsWith(`${key}:unreadable:`))
          .map((name) => localStorage.getItem(name)),
      KEY,
    );
    expect(kept).toEqual(['{"state":{"notes":{"n1":{"body":"half a no']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the saved data as it was' }).click(),
    ]);
    const path = await download.path();
    expect(await readFile(path, 'utf8')).toBe('{"state":{"notes":{"n1":{"body":"half a no');
    // The app works: a new answer saves over the unreadable original, whose copy stays.
    await gotoApp(page, TOPIC);
    await firstAnswer(page).fill('A fresh start');
    await page.waitForFunction(
      (key) => (localStorage.getItem(key) ?? '').includes('A fresh start'),
      KEY,
    );
    expect(
      await page.evaluate(
        (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).length,
        KEY,
      ),
    ).toBe(1);
    // Settings keeps offering the copy for download after the alert is gone.
    await gotoApp(page, '/settings');
    await page
      .getByText(/Kept aside: 1 copy of saved data the app could not read in full\./)
      .waitFor();
    const [copy] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download the copy kept/ }).click(),
    ]);
    expect(await readFile(await copy.path(), 'utf8')).toBe(
      '{"state":{"notes":{"n1":{"body":"half a no',
    );
  });

  it('shows HTML and script typed into a note as text, and runs none of it', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, appOrigin());
    await gotoApp(page, TOPIC);
    const payload =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>**bold**';
    await firstAnswer(page).fill(payload);
    await page.reload();
    await waitForApp(page);
    expect(await firstAnswer(page).inputValue()).toBe(payload);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('deleting an answer offers Undo, which brings it back', async () => {
    const page = await browser.context.newPage();
    await page.clock.install();
    await gotoApp(page, TOPIC);
    await firstAnswer(page).fill('Worth keeping');
    await pausePageClock(page);
    await page.getByRole('button', { name: 'Delete this answer' }).click();
    expect(await firstAnswer(page).inputValue()).toBe('');
    // The toast's code loads with the first delete, and React shows what a Suspense boundary
    // was waiting for no sooner than 300 ms after its fallback, on a timer: move the clock past
    // that, then wait for the toast itself.
    await page.clock.runFor(1_000);
    const status = page.getByRole('status').filter({ hasText: 'Note deleted.' });
    await status.waitFor();
    // Five seconds later, on the page's clock: the toast's timer sees exactly that, however long
    // this machine takes between the steps, and the test does not sit through them.
    await page.clock.runFor(5_000);
    await status.getByRole('button', { name: 'Undo' }).click();
    expect(await firstAnswer(page).inputValue()).toBe('Worth keeping');
  });

  it('logs an experiment as tried, how it felt and why', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    const experiments = page.getByRole('region', { name: 'Try this week' });
    await experiments.getByRole('checkbox').first().check();
    await experiments
      .getByRole('group', { name: 'How did it feel?' })
      .getByRole('radio', { name: 'Energising' })
      .check();
    await experiments
      .getByRole('textbox', { name: 'Why, in a line' })
      .fill('The conversation went better than I feared.');
    await page.reload();
    await waitForApp(page);
    expect(await experiments.getByRole('checkbox').first().isChecked()).toBe(true);
    expect(await experiments.getByRole('radio', { name: 'Energising' }).isChecked()).toBe(true);
    expect(await experiments.getByRole('textbox', { name: 'Why, in a line' }).inputValue()).toBe(
      'The conversation went better than I feared.',
    );
  });

  it('"[" and "]" typed into a note stay in the note', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await firstAnswer(page).pressSequentially('[x] done ]');
    expect(new URL(page.url()).pathname).toBe(TOPIC);
    expect(await firstAnswer(page).inputValue()).toBe('[x] done ]');
  });

  it('"Continue" returns to the topic and section the reader was in', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    const sectionId = await page.locator('.topic-section h2').nth(3).getAttribute('id');
    await page.locator(`[id="${sectionId}"]`).evaluate((heading) => heading.scrollIntoView());
    await page.waitForFunction(
      ([key, id]) => (localStorage.getItem(key as string) ?? '').includes(`"section":"${id}"`),
      [KEY, sectionId],
    );
    await page.getByRole('link', { name: 'Debugging Leadership', exact: true }).click();
    await page
      .getByRole('region', { name: 'Continue where you left off' })
      .getByRole('link')
      .click();
    await page.waitForURL(`**${TOPIC}#${sectionId}`);
    await page.waitForFunction((id) => {
      const top = document.getElementById(id as string)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < 200;
    }, sectionId);
  });
});
