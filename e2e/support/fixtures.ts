import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

export const chromePath = inject('chromePath');
export const appURL = inject('appURL');
export const hasBrowser = Boolean(chromePath);

export const appOrigin = () => new URL(appURL).origin;

/** An absolute URL for an app path such as "/about". */
export const at = (appPath: string) => new URL(appPath.replace(/^\//, ''), appURL).toString();

/** Runs axe-core (WCAG 2.x A and AA rules and best practices) and returns the violations. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * Waits until the document title matches. Every page sets its title in an effect, which React
 * runs a moment after the page shows (after gotoApp or a heading's waitFor return), in the same
 * pass as the other effects of that render: moving focus to the new heading, marking a topic
 * opened, wiring the [ and ] keys. A busy machine can fit a test step in between, so a test that
 * relies on one of those waits for the title first.
 */
export async function waitForTitle(page: Page, title: string | RegExp) {
  const expected =
    typeof title === 'string' ? { text: title } : { source: title.source, flags: title.flags };
  await page.waitForFunction(
    (want) =>
      'text' in want
        ? document.title === want.text
        : new RegExp(want.source, want.flags).test(document.title),
    expected,
  );
}

/**
 * Waits until the app has taken over the page: every page arrives as prerendered HTML, whose
 * heading shows before JavaScript runs, so the heading alone does not say the page works yet.
 * The layout marks <html data-ready> once hydrated, with the reader's saved state rendered.
 */
export const waitForApp = (page: Page) =>
  page.locator('html[data-ready] main h1').first().waitFor();

/**
 * Waits until the service worker has installed and controls the page (on a first visit it claims
 * the page at once). Only for a browser launched with `serviceWorkers: 'allow'`.
 */
export const workerInCharge = (page: Page) =>
  page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });

/** Opens a page and waits until the app runs it (waitForApp). */
export async function gotoApp(page: Page, appPath: string) {
  await page.goto(at(appPath));
  await waitForApp(page);
}
