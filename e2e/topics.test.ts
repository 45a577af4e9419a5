import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { journeyOrder } from '../src/content/stages';
import {
  appOrigin,
  at,
  axeViolations,
  gotoApp,
  hasBrowser,
  waitForApp,
  waitForTitle,
} from './support/fixtures';
import { watchPage } from './support/page-watch';

const afterBodyParts = [
  'Key takeaways',
  'Reflections',
  'Real-world examples',
  'Try this week',
  'Related topics',
];

/** The topic on screen has run its effects (focus on its heading, [ and ]): see waitForTitle. */
const topicReady = async (page: Page) =>
  waitForTitle(page, `${await page.locator('main h1').textContent()} · Debugging Leadership`);

describe.skipIf(!hasBrowser)('topics in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the journey map lists four stages of topics as links, in journey order', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, '/');
    const map = page.getByRole('region', { name: 'The journey' });
    const stages = map.locator('ol.journey > li');
    expect(await stages.count()).toBe(4);
    const hrefs = await map
      .locator('ol.journey__topics a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    expect(hrefs).toEqual(journeyOrder.map((slug) => `/topics/${slug}`));
    await page.close();
  });

  it('following "Next" from the first topic visits all twelve in order, each with every part', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, appOrigin());
    await gotoApp(page, '/');
    await page.getByRole('link', { name: 'Start with topic 1' }).click();
    for (const [index, slug] of journeyOrder.entries()) {
      await page.getByText(`Topic ${index + 1} of 12`).waitFor();
      await topicReady(page);
      expect(new URL(page.url()).pathname).toBe(`/topics/${slug}`);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      for (const name of afterBodyParts)
        expect(await page.getByRole('region', { name }).count()).toBe(1);
      expect(await page.getByRole('region', { name: 'From fear to strength' }).count()).toBe(
        slug.startsWith('fear-') ? 1 : 0,
      );
      const toc = page.getByRole('navigation', { name: 'On this page' });
      expect(await toc.getByRole('link').count()).toBeGreaterThanOrEqual(8);
      const next = page.getByRole('link', { name: /^Next topic/ });
      if (index < journeyOrder.length - 1) await next.click();
      else expect(await next.count()).toBe(0);
    }
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('a deep link to a section lands on that section on first load', async () => {
    const page = await browser.context.newPage();
    await page.goto(at('/topics/delivery-and-supportability'));
    await waitForApp(page);
    const sectionId = await page.locator('.topic-section h2').nth(3).getAttribute('id');
    const fresh = await browser.context.newPage();
    await fresh.goto(at(`/topics/delivery-and-supportability#${sectionId}`));
    const heading = fresh.locator(`[id="${sectionId}"]`);
    await heading.waitFor();
    await fresh.waitForFunction((id) => {
      const top = document.getElementById(id as string)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < 120;
    }, sectionId);
    await page.close();
    await fresh.close();
  });

  it('the keyboard moves between topics with ] and [', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, '/topics/resource-management');
    await topicReady(page);
    await page.keyboard.press(']');
    await page.getByText('Topic 10 of 12').waitFor();
    await topicReady(page);
    await page.keyboard.press('[');
    await page.getByText('Topic 9 of 12').waitFor();
    expect(new URL(page.url()).pathname).toBe('/topics/resource-management');
    await page.close();
  });

  it('an unknown topic shows the not-found page', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, '/topics/unknown');
    expect(await page.locator('main h1').textContent()).toBe('Page not found');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on any topic page in the ${colorScheme} theme`, async () => {
      const themed = await launchBrowser({ colorScheme });
      try {
        const page = await themed.context.newPage();
        for (const slug of journeyOrder) {
          await gotoApp(page, `/topics/${slug}`);
          expect({ slug, violations: await axeViolations(page) }).toEqual({ slug, violations: [] });
        }
      } finally {
        await themed.close();
      }
    });
  }
});
