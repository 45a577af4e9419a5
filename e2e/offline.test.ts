import { readdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../scripts/lib/build-site';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { freePort } from '../scripts/lib/server';
import { ASKED_TO_KEEP_KEY } from '../src/features/data/lib/keep-data';
import { appOrigin, at, gotoApp, hasBrowser, waitForApp, workerInCharge } from './support/fixtures';
import { watchPage } from './support/page-watch';
import { answerBox, TOPIC, waitForSave } from './support/reader';
import { buildAndServe, type ServedBuild } from './support/served-build';

/** Waits until what starts after the page has loaded (src/features/offline) is running. */
const waitForAfterLoad = (page: Page) =>
  page.locator('html[data-offline-ready]').waitFor({ state: 'attached' });

/** Opens an address and waits for the app to run it; returns whether the worker answered. */
async function openOffline(page: Page, url: string): Promise<boolean> {
  const response = await page.goto(url);
  await waitForApp(page);
  return response?.fromServiceWorker() ?? false;
}

/**
 * Opens a prerendered page offline and checks that the worker answered with that page's own
 * HTML from the precache, not the not-found page that the app would then redraw as the page.
 */
async function openPrecachedPage(page: Page, appPath: string) {
  const response = await page.goto(at(appPath));
  await waitForApp(page);
  expect(response?.fromServiceWorker(), appPath).toBe(true);
  const file = appPath === '/' ? 'dist/index.html' : `dist${appPath}/index.html`;
  expect(await response?.text(), appPath).toBe(await readFile(file, 'utf8'));
}

const topicSlugs = async (outDir = 'dist') => (await readdir(`${outDir}/topics`)).sort();

describe.skipIf(!hasBrowser)('offline, after one visit', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ serviceWorkers: 'allow' });
  });
  afterAll(async () => browser?.close());

  it('opens every page with the network off, keeps an answer across a reload, and says when a source needs a connection', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page, appOrigin());
    await gotoApp(page, '/');
    await workerInCharge(page);
    await browser.context.setOffline(true);

    for (const slug of await topicSlugs()) await openPrecachedPage(page, `/topics/${slug}`);
    for (const path of ['/', '/notes', '/bookmarks', '/assessment', '/settings', '/about'])
      await openPrecachedPage(page, path);

    // Search, with its index, from the cache; any query opens the same page.
    await openOffline(page, at('/search?q=strategy'));
    await page
      .getByRole('link', { name: /Strategy and execution/i })
      .first()
      .waitFor();

    // A deep link to a section lands on the section.
    await openOffline(page, at(`${TOPIC}#why-it-feels-hard`));
    const sectionTop = await page
      .locator('#why-it-feels-hard')
      .evaluate((section) => section.getBoundingClientRect().top);
    expect(sectionTop).toBeLessThan(await page.evaluate(() => innerHeight));

    // An address that is no page gets the not-found page, as it would online.
    await openOffline(page, at('/topics/no-such-topic-here'));
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    // Writing works, and a reload offline keeps the words.
    const answer = 'Written on the train, with no signal.';
    await openOffline(page, at(TOPIC));
    await answerBox(page).fill(answer);
    await waitForSave(page, answer);
    await page.reload();
    await waitForApp(page);
    expect(await answerBox(page).inputValue()).toBe(answer);

    // A page reached by a link inside the app loads its code from the cache too.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Notes' })
      .click();
    await page.getByRole('heading', { level: 1, name: /notebook|notes/i }).waitFor();
    await page.getByText(answer).waitFor();

    // A source on another site stays closed and the app says why, instead of an error page.
    await openOffline(page, at(TOPIC));
    await waitForAfterLoad(page);
    const pagesBefore = browser.context.pages().length;
    await page.locator('main a.external').first().click();
    await page
      .getByRole('status')
      .getByText(/You’re offline, so this link to .+ can’t open now/)
      .waitFor();
    expect(browser.context.pages().length).toBe(pagesBefore);
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('external'))).toBe(
      true,
    );
    // Followed again, then the connection returns: the notice goes with the outage.
    await page.locator('main a.external').first().click();
    const linkNotice = page.getByRole('status').getByText(/You’re offline/);
    await linkNotice.waitFor();
    await browser.context.setOffline(false);
    await linkNotice.waitFor({ state: 'detached' });
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('is installable: Chromium finds no installability errors, and the manifest is complete', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, '/');
    await workerInCharge(page);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const manifest = JSON.parse(await readFile('dist/manifest.webmanifest', 'utf8'));
    expect(manifest).toMatchObject({
      name: 'Debugging Leadership',
      short_name: expect.any(String),
      description: expect.any(String),
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      background_color: '#fbfaf7',
      color_scheme_dark: { theme_color: '#15171a', background_color: '#15171a' },
    });
    // Each icon is in dist/ and is the size the manifest says (a PNG's width and height sit at
    // bytes 16-23).
    const purposes = [];
    for (const icon of manifest.icons) {
      const png = await readFile(`dist/${icon.src}`);
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
      purposes.push(`${icon.sizes} ${icon.purpose ?? 'any'}`);
    }
    expect(purposes.sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    // Both themes colour the browser's frame.
    const frames = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map(
        (meta) => `${meta.media} ${meta.content}`,
      ),
    );
    expect(frames).toEqual([
      '(prefers-color-scheme: light) #fbfaf7',
      '(prefers-color-scheme: dark) #15171a',
    ]);
    // A theme the reader chooses colours the frame whatever the system's scheme.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].every(
        (meta) => meta.content === '#15171a',
      ),
    );
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('keeping the reader’s data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('asks the browser to keep the data once, when the first answer is saved, not on the first visit', async () => {
    let asked = 0;
    await browser.context.exposeBinding('countPersistRequest', () => {
      asked++;
    });
    await browser.context.addInitScript(() => {
      const persist = StorageManager.prototype.persist;
      StorageManager.prototype.persist = function (this: StorageManager) {
        (window as unknown as { countPersistRequest: () => void }).countPersistRequest();
        return persist.call(this);
      };
    });
    const page = await browser.context.newPage();
    await gotoApp(page, TOPIC);
    await waitForAfterLoad(page);
    expect(asked).toBe(0);

    await answerBox(page).fill('The first answer I saved.');
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, ASKED_TO_KEEP_KEY);
    await answerBox(page, 1).fill('A second one.');
    await waitForSave(page, 'A second one.');
    await page.reload();
    await waitForApp(page);
    await answerBox(page, 2).fill('A third, after a reload.');
    await waitForSave(page, 'A third, after a reload.');
    expect(asked).toBe(1);

    // Settings shows the browser's answer, as before.
    await gotoApp(page, '/settings');
    await page.getByText(/Persistent storage: (granted|not granted)\./).waitFor();
    await page.close();
  });
});

describe('the dev server', () => {
  it('has no service worker, so a developer never sees a cached build', async () => {
    const port = await freePort();
    const server = await createServer({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      server: { host: '127.0.0.1', port, strictPort: true },
    });
    await server.listen();
    try {
      // Its fallback answers every address with the page; a worker, the production one or
      // vite-plugin-pwa's development one, would be JavaScript.
      for (const worker of ['sw.js', 'dev-sw.js?dev-sw']) {
        const response = await fetch(`http://127.0.0.1:${port}/${worker}`);
        expect(response.headers.get('content-type'), worker).toMatch(/^text\/html/);
      }
    } finally {
      await server.close();
    }
  });
});

/** A changed file, as a deploy would bring: the About page's heading, "…, version N". */
const version = (n: number) => ({
  name: `test:version-${n}`,
  transform(code: string, id: string) {
    return id.endsWith('/routes/about.tsx')
      ? code.replace('About Debugging Leadership', `About Debugging Leadership, version ${n}`)
      : undefined;
  },
});

const askForUpdate = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

describe.skipIf(!hasBrowser)('a new version', () => {
  const OUT_DIR = 'dist-update';
  let site: ServedBuild;

  beforeAll(async () => {
    site = await buildAndServe({ outDir: OUT_DIR, launch: { serviceWorkers: 'allow' } });
  });
  afterAll(() => site?.close());

  it('is announced, never reloads by itself, leaves the old tab working, and reloads on the button with every word kept', async () => {
    const page = await site.browser.context.newPage();
    const watch = watchPage(page, site.server.origin);
    await page.goto(`${site.server.url}topics/fear-people-challenges`);
    await waitForApp(page);
    await workerInCharge(page);
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    // The next deploy: the same folder, one file changed.
    await buildSite({ outDir: OUT_DIR, plugins: [version(2)] });
    await answerBox(page).fill('Typing while the new version arrives');
    // The reader comes back to the tab: the app looks for a new version.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notice = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await notice.waitFor();

    // Nothing moved: the reader is still typing in the same document.
    await answerBox(page).pressSequentially(', and still typing.');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    // The old version keeps working: a page whose code it has not loaded yet still opens (its
    // files are gone from the server, and the old worker still has them).
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'About' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'About Debugging Leadership' }).waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    // A page's own toast stacks with the notice rather than under it: Undo can be clicked.
    await page.goBack();
    await waitForApp(page);
    await page.getByRole('button', { name: 'Bookmark this topic' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Bookmarks' })
      .click();
    await page
      .getByRole('button', { name: /^Remove bookmark/ })
      .first()
      .click();
    const undo = page.getByRole('button', { name: /^Undo: bring back the bookmark/ });
    const box = await undo.boundingBox();
    if (!box) throw new Error('Undo is not on screen');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? null,
      centre,
    );
    expect(hit).toBe('Undo');
    await undo.click();
    await page
      .getByRole('button', { name: /^Remove bookmark/ })
      .first()
      .waitFor();
    await notice.waitFor();

    await page.goBack();
    await waitForApp(page);
    const typed = 'Typing while the new version arrives, and still typing.';
    expect(await answerBox(page).inputValue()).toBe(typed);
    await answerBox(page).press('Control+End');
    await answerBox(page).pressSequentially(' Last words before Reload.');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !('sameDocument' in window));
    await waitForApp(page);
    expect(await answerBox(page).inputValue()).toBe(`${typed} Last words before Reload.`);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'About' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'About Debugging Leadership, version 2' })
      .waitFor();
    expect(await page.getByText('A new version is ready.').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('in a tab left behind when another tab reloads, says so again and never goes blank', async () => {
    // A first visit, in a fresh profile: the worker claims this tab as it installs.
    const fresh = await launchBrowser({ serviceWorkers: 'allow' });
    const behind = await fresh.context.newPage();
    await behind.goto(`${site.server.url}topics/fear-people-challenges`);
    await waitForApp(behind);
    await workerInCharge(behind);
    const other = await fresh.context.newPage();
    await other.goto(`${site.server.url}notes`);
    await waitForApp(other);

    await buildSite({ outDir: OUT_DIR, plugins: [version(3)] });
    await askForUpdate(behind);
    const noticeIn = (page: Page) =>
      page.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await noticeIn(behind).waitFor();
    await noticeIn(other).waitFor();
    await noticeIn(behind).getByRole('button', { name: 'Later' }).click();
    await noticeIn(behind).waitFor({ state: 'detached' });

    // The other tab applies the update: this one hears of it, even after Later.
    await noticeIn(other).getByRole('button', { name: 'Reload' }).click();
    await noticeIn(behind).waitFor();
    // Its version's files are gone from the server and the worker: a page it has not loaded
    // says so, with Reload, and the layout stays.
    await behind
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Bookmarks' })
      .click();
    const cannotLoad = behind.getByRole('alert').filter({ hasText: 'This page could not load' });
    await cannotLoad.waitFor();
    await expect(behind.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
    await cannotLoad.getByRole('button', { name: 'Reload' }).click();
    await behind.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor();
    await waitForApp(behind);
    await behind
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'About' })
      .click();
    await behind
      .getByRole('heading', { level: 1, name: 'About Debugging Leadership, version 3' })
      .waitFor();
    await fresh.close();
  });
});
