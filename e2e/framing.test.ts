import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { appOrigin, at, axeViolations, hasBrowser, waitForApp } from './support/fixtures';
import { watchPage } from './support/page-watch';

const NOTICE = 'Debugging Leadership is open inside another site’s page';
const DIRECT_LINK = 'Open Debugging Leadership directly, in a new tab';

/**
 * A page that shows `src` in an iframe, as a site that frames the app would. It has no landmarks
 * of its own, so the accessibility check sees the app's.
 */
const framingPage = (src: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head>
<body><iframe title="Debugging Leadership" src="${src}" width="1100" height="700"></iframe>
</body></html>`;

/**
 * Serves the framing page from a second server: the same host on another port is another
 * origin, so the app inside cannot read the top page's location.
 */
async function serveFramingPage(src: string) {
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(framingPage(src));
    } else {
      // The favicon, say: an empty answer keeps a 404 out of the console checks.
      response.writeHead(204);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const appFrame = (page: Page) => page.frameLocator('iframe[title="Debugging Leadership"]');

/** The headers a Netlify or Cloudflare Pages `_headers` file gives one path pattern. */
function headersFor(file: string, pattern: string) {
  const headers: Record<string, string> = {};
  let current: string | undefined;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = line.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (current === pattern && colon > 0) {
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

describe('dist/_headers', () => {
  it('forbids framing on every path, for Netlify and Cloudflare Pages', async () => {
    const file = await readFile('dist/_headers', 'utf8');
    expect(headersFor(file, '/*')).toEqual({
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    });
  });
});

// Vite's preview server ignores _headers, so the browser lets the app load in a frame here and
// what is tested is the app's own defence: the one that protects on GitHub Pages.
describe.skipIf(!hasBrowser)('the app inside a frame, in Chromium', () => {
  let browser: Browser;
  let framer: Awaited<ReturnType<typeof serveFramingPage>>;

  beforeAll(async () => {
    framer = await serveFramingPage(at('/settings'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await framer?.close();
  });

  it('framed by another origin: shows only a notice and a link that opens the app directly', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, appOrigin());
    await page.goto(framer.url);
    const frame = appFrame(page);
    await frame.getByRole('heading', { level: 1, name: NOTICE }).waitFor();

    // The notice shows once the route's code has loaded, so Settings would be here by now.
    expect(await frame.getByRole('heading', { name: 'Settings' }).count()).toBe(0);
    expect(await frame.getByRole('button', { name: 'Reset everything' }).count()).toBe(0);
    // The header's theme toggle and Search: neither changes the reader's records.
    expect(await frame.getByRole('button').count()).toBe(2);
    expect(await frame.getByRole('button', { name: /^Search/ }).count()).toBe(1);
    const link = frame.getByRole('link', { name: DIRECT_LINK });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href)).toBe(
      at('/settings'),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);

    // Followed, the link opens the app on its own, where Settings works as usual.
    const [direct] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await waitForApp(direct);
    await direct.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(direct.url()).toBe(at('/settings'));
    expect(await direct.getByRole('button', { name: 'Reset everything' }).count()).toBe(1);
    expect(await direct.evaluate(() => window.opener)).toBeNull();
    await direct.close();
    await page.close();
  });

  it('framed by a page of its own origin: works as usual', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, appOrigin());
    // A host page on the app's origin, answered by the browser itself: the app's server only
    // serves the build.
    const hostURL = at('/framing-host.html');
    await page.route(hostURL, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: framingPage(at('/settings')),
      }),
    );
    await page.goto(hostURL);
    const frame = appFrame(page);
    // The prerendered heading shows before the app runs: wait for the app (waitForApp's marker).
    await frame.locator('html[data-ready]').waitFor();
    await frame.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await frame.getByRole('button', { name: 'Reset everything' }).count()).toBe(1);
    expect(await frame.getByRole('heading', { name: NOTICE }).count()).toBe(0);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});
