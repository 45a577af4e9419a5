import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/lib/chromium';
import { hasBrowser, waitForApp, workerInCharge } from './support/fixtures';
import { watchPage } from './support/page-watch';
import { buildAndServe, type ServedBuild } from './support/served-build';

const BASE = '/guides/leadership/';
const OUT_DIR = 'dist-subpath';

describe.skipIf(!hasBrowser)('a build under a sub-path', () => {
  let site: ServedBuild;

  beforeAll(async () => {
    site = await buildAndServe({ outDir: OUT_DIR, base: BASE });
  });
  afterAll(() => site?.close());

  it('serves deep links and reloads under the sub-path, with working navigation', async () => {
    const page = await site.browser.context.newPage();
    const watch = watchPage(page, site.server.origin);
    await page.goto(`${site.server.url}about`);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'About Debugging Leadership' }).waitFor();
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'About Debugging Leadership' }).waitFor();

    await page.getByRole('link', { name: 'Debugging Leadership', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Debugging Leadership' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(BASE);
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Debugging Leadership' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${BASE}settings`);

    // Every asset came from under the sub-path, and nothing failed to load.
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(failed).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script[src]')].map(
        (script) => new URL((script as HTMLScriptElement).src).pathname,
      ),
    );
    for (const src of scripts) expect(src.startsWith(BASE)).toBe(true);
    await page.close();
  });

  it('works offline under the sub-path after one visit', async () => {
    const offline = await launchBrowser({ serviceWorkers: 'allow' });
    try {
      const page = await offline.context.newPage();
      const watch = watchPage(page, site.server.origin);
      await page.goto(site.server.url);
      await waitForApp(page);
      // The worker's scope is the sub-path, and it takes the page over at once.
      const scope = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.scope;
      });
      expect(new URL(scope).pathname).toBe(BASE);
      await workerInCharge(page);
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        return link ? (await fetch(link.href)).json() : null;
      });
      expect(manifest).toMatchObject({ start_url: BASE, scope: BASE });

      await offline.context.setOffline(true);
      for (const [path, heading] of [
        ['topics/fear-people-challenges', /people/i],
        ['notes', 'Notebook'],
        ['about', 'About Debugging Leadership'],
        ['nothing-here', 'Page not found'],
      ] as const) {
        const response = await page.goto(`${site.server.url}${path}`);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await waitForApp(page);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      }
      await page.reload();
      await waitForApp(page);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  it('follows a topic’s link to the check-up under the sub-path, in the same document', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}topics/debug-your-leadership`);
    await waitForApp(page);
    const appLinks = await page
      .locator('.topic-body a.app-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(appLinks.length).toBeGreaterThan(0);
    for (const href of appLinks) expect(href?.startsWith(BASE), href ?? '').toBe(true);
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await page.locator('.topic-body').getByRole('link', { name: 'the energy map' }).click();
    await page.locator('#energy-map').waitFor();
    expect(new URL(page.url()).pathname).toBe(`${BASE}assessment`);
    expect(new URL(page.url()).hash).toBe('#energy-map');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await page.close();
  });

  it('shows the not-found page for an unknown path under the sub-path', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}nothing-here`);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.close();
  });
});
