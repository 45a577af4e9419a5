import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import {
  at,
  axeViolations,
  gotoApp,
  hasBrowser,
  waitForApp,
  waitForTitle,
} from './support/fixtures';
import { answerBox, STORAGE_KEY, TOPIC } from './support/reader';

/** The topic on screen has run its effects (reading tracker, [ and ]): see waitForTitle. */
const topicReady = async (page: Page) =>
  waitForTitle(page, `${await page.locator('main h1').textContent()} · Debugging Leadership`);

/** Two frames: what an IntersectionObserver saw on the last layout has been delivered. */
const afterTwoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

const statusGroup = (page: Page) => page.getByRole('group', { name: 'Reading status' });
const checkedStatus = (page: Page) =>
  statusGroup(page)
    .locator('label', { has: page.locator('input:checked') })
    .textContent();

const savedPosition = (page: Page) =>
  page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.lastPosition ?? null,
    STORAGE_KEY,
  );

const sectionHeading = (page: Page, index: number) => page.locator('.topic-section h2').nth(index);

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

describe.skipIf(!hasBrowser)('reading flow in Chromium', () => {
  let browser: Browser;
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser?.close());

  it('opening a topic leaves it "Not started"; scrolling past the first section starts it, and only then does home offer "Continue reading"', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await topicReady(page);
    await sectionHeading(page, 0).evaluate((heading) => heading.scrollIntoView());
    await afterTwoFrames(page);
    expect(await checkedStatus(page)).toBe('Not started');
    expect(await savedPosition(page)).toBeNull();

    await page.getByRole('link', { name: 'Debugging Leadership', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Debugging Leadership' }).waitFor();
    expect(await page.getByRole('region', { name: 'Continue where you left off' }).count()).toBe(0);
    expect(
      await page.getByRole('link', { name: 'Start with topic 1' }).getAttribute('class'),
    ).toContain('button--primary');

    await page.goBack();
    // The topic's heading first: until it is back, main h1 is still the home page's.
    await page.getByRole('heading', { level: 1, name: 'Fear: the people side' }).waitFor();
    await topicReady(page);
    const second = sectionHeading(page, 1);
    const secondId = await second.getAttribute('id');
    const secondTitle = await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link')
      .nth(1)
      .textContent();
    await second.evaluate((heading) => heading.scrollIntoView());
    await statusGroup(page).getByRole('radio', { name: 'In progress', checked: true }).waitFor();
    await page.waitForFunction(
      ([key, id]) => (localStorage.getItem(key) ?? '').includes(`"section":"${id}"`),
      [STORAGE_KEY, secondId ?? ''] as const,
    );

    await page.getByRole('link', { name: 'Debugging Leadership', exact: true }).click();
    const resume = page
      .getByRole('region', { name: 'Continue where you left off' })
      .getByRole('link', { name: `Continue reading: Fear: the people side — ${secondTitle}` });
    await resume.waitFor();
    expect(await resume.getAttribute('class')).toContain('button--primary');
    expect(
      await page.getByRole('link', { name: 'Start with topic 1' }).getAttribute('class'),
    ).not.toContain('button--primary');
  });

  it('staying 45 seconds on a topic with the tab visible also counts as reading', async () => {
    const page = await browser.context.newPage();
    await page.clock.install();
    await gotoApp(page, TOPIC);
    await topicReady(page);
    await page.clock.runFor(40_000);
    await afterTwoFrames(page);
    expect(await checkedStatus(page)).toBe('Not started');
    expect(await savedPosition(page)).toBeNull();
    await page.clock.runFor(5_000);
    await statusGroup(page).getByRole('radio', { name: 'In progress', checked: true }).waitFor();
    // Writes are batched on the page's (paused) clock: let the batch fall due, then wait for it.
    await page.clock.runFor(1_000);
    await page.waitForFunction(
      (key) =>
        JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.lastPosition?.topic ===
        'fear-people-challenges',
      STORAGE_KEY,
    );
  });

  it('the end of a topic counts answers and experiments, and Mark as done and Skip are undoable there', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await topicReady(page);
    const end = page.getByRole('region', { name: 'End of this topic' });
    // After the related topics, before Previous/Next.
    expect(
      await end.evaluate((block) => {
        const related = document.getElementById('related-topics');
        const journey = document.querySelector('nav[aria-label="Previous and next topic"]');
        return (
          Boolean(
            related && related.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING,
          ) &&
          Boolean(
            journey && block.compareDocumentPosition(journey) & Node.DOCUMENT_POSITION_FOLLOWING,
          )
        );
      }),
    ).toBe(true);
    await end.getByText('Reflections answered: 0 of 4').waitFor();
    await end.getByText('Experiments tried: 0 of 4').waitFor();

    await answerBox(page, 1).fill('I default to care, and skip the challenge.');
    await page
      .getByRole('checkbox', { name: /^I tried this/ })
      .first()
      .check();
    await end.getByText('Reflections answered: 1 of 4').waitFor();
    await end.getByText('Experiments tried: 1 of 4').waitFor();

    await end.getByRole('button', { name: 'Mark as done' }).click();
    await end.getByRole('status').filter({ hasText: 'Status: done' }).waitFor();
    expect(await checkedStatus(page)).toBe('Done');
    const undoDone = end.getByRole('button', { name: 'Mark as not done' });
    expect(await undoDone.evaluate((button) => button === document.activeElement)).toBe(true);
    await undoDone.click();
    await statusGroup(page).getByRole('radio', { name: 'In progress', checked: true }).waitFor();

    await end.getByRole('button', { name: 'Skip this topic' }).click();
    await statusGroup(page).getByRole('radio', { name: 'Skipped', checked: true }).waitFor();
    const backToReading = end.getByRole('button', { name: 'Back to reading' });
    expect(await backToReading.evaluate((button) => button === document.activeElement)).toBe(true);
    await backToReading.click();
    await end.getByRole('button', { name: 'Mark as done' }).waitFor();
    expect(await checkedStatus(page)).toBe('In progress');

    await page.reload();
    await waitForApp(page);
    await end.getByText('Reflections answered: 1 of 4').waitFor();
    expect(await checkedStatus(page)).toBe('In progress');
  });

  it('Next and "]" open the new topic at its top, at once; Back returns to where the reader was', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await topicReady(page);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');

    await page.evaluate(() => window.scrollTo(0, 3000));
    await page.waitForFunction(() => Math.round(window.scrollY) === 3000);
    await page.keyboard.press(']');
    await page.getByText('Topic 4 of 12').waitFor();
    // At once: by the time the new page shows, it is already at its top.
    expect(await scrollY(page)).toBe(0);
    await topicReady(page);

    await page.goBack();
    await page.getByText('Topic 3 of 12').waitFor();
    await page.waitForFunction(() => Math.abs(window.scrollY - 3000) <= 2);

    await page.getByRole('link', { name: /^Next topic/ }).click();
    await page.getByText('Topic 4 of 12').waitFor();
    expect(await scrollY(page)).toBe(0);
  });

  it('a page opened afresh, left by a link to another page, is back at its depth on Back', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await topicReady(page);
    await page.evaluate(() => window.scrollTo(0, 3000));
    await page.waitForFunction(() => Math.round(window.scrollY) === 3000);
    // Followed where the reader is, 3,000 px down. Playwright's click() would first scroll the
    // header into view, and the top of the page is then, rightly, the depth that Back restores.
    await page.evaluate(() =>
      document.querySelector<HTMLAnchorElement>('.site-header__brand')?.click(),
    );
    await page.getByRole('heading', { level: 1, name: 'Debugging Leadership' }).waitFor();
    expect(await scrollY(page)).toBe(0);

    await page.goBack();
    await page.getByText('Topic 3 of 12').waitFor();
    await page.waitForFunction(() => Math.abs(window.scrollY - 3000) <= 2);
  });

  it('a new URL opened in the same tab from a scrolled page starts at its top; a reload keeps the place', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await topicReady(page);
    await page.evaluate(() => window.scrollTo(0, 4000));
    await page.waitForFunction(() => Math.round(window.scrollY) === 4000);

    await gotoApp(page, '/topics/fear-balancing-roles');
    await topicReady(page);
    expect(await scrollY(page)).toBe(0);

    await page.evaluate(() => window.scrollTo(0, 2500));
    await page.waitForFunction(() => Math.round(window.scrollY) === 2500);
    // The same URL as before, opened afresh (typed, or from a bookmark): a new page too.
    await page.goto(at(TOPIC));
    await waitForApp(page);
    await topicReady(page);
    expect(await scrollY(page)).toBe(0);

    await page.evaluate(() => window.scrollTo(0, 3500));
    await page.waitForFunction(() => Math.round(window.scrollY) === 3500);
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => Math.abs(window.scrollY - 3500) <= 2);

    await page.goBack();
    await page.getByText('Topic 4 of 12').waitFor();
    await page.waitForFunction(() => Math.abs(window.scrollY - 2500) <= 2);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on a topic page with its end block, ${colorScheme} theme`, async () => {
      const themed = await launchBrowser({ colorScheme });
      try {
        const page = await themed.context.newPage();
        await gotoApp(page, TOPIC);
        await topicReady(page);
        const end = page.getByRole('region', { name: 'End of this topic' });
        await end.scrollIntoViewIfNeeded();
        expect(await axeViolations(page)).toEqual([]);
        await end.getByRole('button', { name: 'Mark as done' }).click();
        await end.getByRole('button', { name: 'Mark as not done' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await themed.close();
      }
    });
  }
});
