import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Browser, type LaunchOptions, launchBrowser } from '../scripts/lib/chromium';
import { journeyOrder } from '../src/content/stages';
import { axeViolations, gotoApp, hasBrowser, waitForTitle } from './support/fixtures';

/** Finding your way in a long topic page: current section, progress, phone controls, all topics. */

const SLUG = 'fear-people-challenges';
const TOPIC = `/topics/${SLUG}`;
const PHONE = { width: 390, height: 844 };
const NARROWEST = { width: 320, height: 700 };

async function withBrowser(options: LaunchOptions, run: (page: Page) => Promise<void>) {
  const browser: Browser = await launchBrowser(options);
  try {
    await run(await browser.context.newPage());
  } finally {
    await browser.close();
  }
}

/** The topic on screen has run its effects (observers attached, focus on its heading). */
const openTopic = async (page: Page, path = TOPIC) => {
  await gotoApp(page, path);
  await waitForTitle(page, `${await page.locator('main h1').textContent()} · Debugging Leadership`);
};

const toc = (page: Page) => page.getByRole('navigation', { name: 'On this page' });
const topicList = (page: Page) => page.getByRole('navigation', { name: 'All topics' });

const sectionIds = (page: Page) =>
  page.locator('.topic-section h2').evaluateAll((headings) => headings.map((h) => h.id));

const scrollToHeading = (page: Page, id: string) =>
  page.evaluate((target) => {
    document.getElementById(target)?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, id);

const waitForCurrent = (page: Page, id: string) =>
  page.waitForFunction(
    (target) =>
      document
        .querySelector(`nav[aria-labelledby="toc-title"] a[href="#${target}"]`)
        ?.getAttribute('aria-current') === 'location',
    id,
  );

const currentEntries = (page: Page) =>
  toc(page)
    .locator('a[aria-current="location"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

const progressValue = async (page: Page) =>
  Number(await page.locator('.reading-progress__bar').getAttribute('data-progress'));

describe.skipIf(!hasBrowser)('finding your way in a long topic page', () => {
  it('marks the section being read in the contents, and moves the mark as the reader scrolls', async () => {
    await withBrowser({}, async (page) => {
      await openTopic(page);
      const ids = await sectionIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      const [, second, third] = ids as [string, string, string];

      await scrollToHeading(page, second);
      await waitForCurrent(page, second);
      expect(await currentEntries(page)).toEqual([`#${second}`]);

      await scrollToHeading(page, third);
      await waitForCurrent(page, third);
      expect(await currentEntries(page)).toEqual([`#${third}`]);

      // A long jump past every heading in one frame still moves the mark.
      await scrollToHeading(page, 'real-world-examples');
      await waitForCurrent(page, 'real-world-examples');
      expect(await currentEntries(page)).toEqual(['#real-world-examples']);

      // From the top straight to the end in one frame (a drag of the scrollbar): no watched
      // element is in the reading band before or after, yet the last section is being read.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.waitForFunction(
        () => !document.querySelector('nav[aria-labelledby="toc-title"] a[aria-current]'),
      );
      await page.evaluate(() => window.scrollTo({ top: 1e7, behavior: 'instant' }));
      await waitForCurrent(page, 'your-notes');
      expect(await currentEntries(page)).toEqual(['#your-notes']);
    });
  });

  it('a short jump in the contents glides, a long one and any under reduced motion is at once', async () => {
    await withBrowser({}, async (page) => {
      await openTopic(page);
      const [first, second] = (await sectionIds(page)) as [string, string];
      await scrollToHeading(page, first);
      // How the page will scroll, read the moment the link is followed (no clock involved).
      const behaviorOnFollowing = (id: string) =>
        page.evaluate((target) => {
          document
            .querySelector<HTMLAnchorElement>(
              `nav[aria-labelledby="toc-title"] a[href="#${target}"]`,
            )
            ?.click();
          return document.documentElement.style.scrollBehavior;
        }, id);

      expect(await behaviorOnFollowing(second)).toBe('smooth');
      await waitForCurrent(page, second);
      expect(await behaviorOnFollowing('your-notes')).toBe('');
      await waitForCurrent(page, 'your-notes');

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await scrollToHeading(page, first);
      expect(await behaviorOnFollowing(second)).toBe('');
      await waitForCurrent(page, second);
    });
  });

  it('shows reading progress as a quiet bar that grows as the reader scrolls', async () => {
    await withBrowser({}, async (page) => {
      await openTopic(page);
      const indicator = page.locator('.reading-progress');
      expect(await indicator.getAttribute('aria-hidden')).toBe('true');
      const before = await progressValue(page);
      await page.mouse.move(400, 400);
      await page.mouse.wheel(0, 3000);
      await page.waitForFunction(
        (start) =>
          Number(document.querySelector('.reading-progress__bar')?.getAttribute('data-progress')) >
          start,
        before,
      );
      expect(await progressValue(page)).toBeGreaterThan(before);
      await page.evaluate(() =>
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
      );
      await page.waitForFunction(
        () =>
          document.querySelector('.reading-progress__bar')?.getAttribute('data-progress') === '100',
      );
    });
  });

  it('on a phone, "On this page" is a collapsed sticky control that opens, jumps and closes', async () => {
    await withBrowser({ viewport: PHONE }, async (page) => {
      await openTopic(page);
      const toggle = page.getByRole('button', { name: /^On this page/ });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toc(page).getByRole('link').count()).toBe(0);

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const links = toc(page).getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(8);

      const target = (await sectionIds(page))[3] as string;
      await toc(page).locator(`a[href="#${target}"]`).click();
      await page.waitForFunction(
        () =>
          document.querySelector('.toc__toggle')?.getAttribute('aria-expanded') === 'false' &&
          document.querySelectorAll('nav[aria-labelledby="toc-title"] a').length > 0,
      );
      expect(await toc(page).getByRole('link').count()).toBe(0);
      // The section lands just below the sticky bar, not under it.
      await page.waitForFunction((id) => {
        const top = document.getElementById(id as string)?.getBoundingClientRect().top ?? -1;
        const bar = document.querySelector('.topic__aside')?.getBoundingClientRect();
        return bar !== undefined && bar.top <= 1 && top >= bar.bottom - 1 && top < bar.bottom + 80;
      }, target);
      await waitForCurrent(page, target);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);

      // Escape closes the list and returns to its button.
      await toggle.click();
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('toc__toggle');
    });
  });

  it('"Back to top" appears once the reader has scrolled, and returns to the top', async () => {
    await withBrowser({ viewport: PHONE }, async (page) => {
      await openTopic(page);
      const back = page.getByRole('link', { name: 'Back to top' });
      expect(await back.count()).toBe(0);
      await scrollToHeading(page, 'reflections');
      await back.waitFor();
      // At the very end of the page the floating button covers nothing: not the footer's link.
      await page.evaluate(() => window.scrollTo({ top: 1e7, behavior: 'instant' }));
      await page.waitForFunction(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
      );
      const overlap = await page.evaluate(() => {
        const button = document.querySelector('.back-to-top')?.getBoundingClientRect();
        const link = document.querySelector('.site-footer a')?.getBoundingClientRect();
        if (!button || !link) return 'missing';
        return link.bottom > button.top && link.right > button.left;
      });
      expect(overlap).toBe(false);

      await back.click();
      await page.waitForFunction(() => window.scrollY === 0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('topic-title');
      await back.waitFor({ state: 'detached' });
    });
  });

  it('lists all twelve topics with their status, marking the current one, as a sidebar', async () => {
    await withBrowser({}, async (page) => {
      await openTopic(page);
      await page
        .getByRole('group', { name: 'Reading status' })
        .getByRole('radio', { name: 'Done' })
        .check();
      const links = topicList(page).getByRole('link');
      expect(await links.count()).toBe(12);
      const hrefs = await links.evaluateAll((all) =>
        all.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
      expect(hrefs).toEqual(journeyOrder.map((slug) => `/topics/${slug}`));
      const names = await links.allTextContents();
      for (const name of names) expect(name).toMatch(/(Not started|In progress|Done|Skipped)$/);
      const current = topicList(page).locator('a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.getAttribute('href')).toBe(TOPIC);
      await page.waitForFunction(
        (href) =>
          document
            .querySelector(`a[aria-current="page"][href="${href}"]`)
            ?.textContent?.endsWith('Done'),
        TOPIC,
      );
    });
  });

  it('on a phone, "All topics" is a menu that opens, and choosing a topic goes there', async () => {
    await withBrowser({ viewport: PHONE }, async (page) => {
      await openTopic(page);
      const toggle = page.getByRole('button', { name: 'All topics' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await topicList(page).getByRole('link').count()).toBe(0);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await topicList(page).getByRole('link').count()).toBe(12);
      await topicList(page)
        .getByRole('link', { name: /^Resource management/ })
        .click();
      await page.getByText('Topic 9 of 12').waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await topicList(page).locator('a[aria-current="page"]').getAttribute('href')).toBe(
        '/topics/resource-management',
      );
    });
  });

  it('prints none of these controls', async () => {
    await withBrowser({ viewport: PHONE }, async (page) => {
      await openTopic(page);
      await scrollToHeading(page, 'reflections');
      await page.getByRole('link', { name: 'Back to top' }).waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.topic__aside', '.reading-progress', '.back-to-top'])
        expect(await page.locator(selector).isVisible()).toBe(false);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violations with these controls in the ${colorScheme} theme, wide and at 320 px`, async () => {
      await withBrowser({ colorScheme }, async (page) => {
        await openTopic(page);
        await scrollToHeading(page, (await sectionIds(page))[1] as string);
        await toc(page).locator('a[aria-current="location"]').waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });
      await withBrowser({ colorScheme, viewport: NARROWEST }, async (page) => {
        await openTopic(page);
        const noSideways = () =>
          page.evaluate(
            () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
          );
        expect(await axeViolations(page)).toEqual([]);
        expect(await noSideways()).toBe(true);

        await scrollToHeading(page, 'reflections');
        await page.getByRole('link', { name: 'Back to top' }).waitFor();
        await page.getByRole('button', { name: 'All topics' }).click();
        await topicList(page).getByRole('link').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(await noSideways()).toBe(true);

        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: /^On this page/ }).click();
        await toc(page).getByRole('link').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(await noSideways()).toBe(true);
      });
    });
  }
});
