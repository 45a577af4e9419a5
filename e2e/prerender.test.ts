import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { escapeHtml } from '../src/app/page-head';
import { PRERENDERED_DATA_ID, type PrerenderedData } from '../src/app/prerendered-data';
import type { Topic } from '../src/content/topic';
import { appOrigin, at, hasBrowser, waitForApp } from './support/fixtures';
import { watchPage } from './support/page-watch';
import { noteRecord, PROMPTS, STORAGE_KEY, savedState, TOPIC, TOPIC_SLUG } from './support/reader';
import { buildAndServe, type ServedBuild } from './support/served-build';

/** Every page the build prerendered, as app paths ("/", "/about", "/topics/…"). */
async function prerenderedPaths(distDir = 'dist'): Promise<string[]> {
  const files = await readdir(distDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${path.dirname(file).replace(/^\.$/, '')}`)
    .sort();
}

/** The JSON block a prerendered page hands the browser's router. */
const dataIn = (html: string): PrerenderedData => {
  const block = new RegExp(
    `<script type="application/json" id="${PRERENDERED_DATA_ID}">([\\s\\S]*?)</script>`,
  );
  const match = block.exec(html);
  if (!match?.[1]) throw new Error('no prerendered data in the page');
  return JSON.parse(match[1]);
};

const topicIn = (html: string) =>
  (dataIn(html).loaderData.topic as { topic: Topic } | undefined)?.topic;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where a text stops matching what the page shows: the words up to there and after. */
const whereMissing = (shown: string) => (text: string) => {
  let length = 0;
  while (length < text.length && shown.includes(text.slice(0, length + 1))) length++;
  return `…${text.slice(Math.max(0, length - 60), length)}⟨here⟩${text.slice(length, length + 40)}…`;
};

const STAMP = '2026-11-01T10:00:00.000Z';
const SAVED_ANSWER = 'Saved before this visit: the conversation about the on-call rota.';

/** A reader who has been here for weeks: a profile, progress, a place to continue, many notes. */
function returningReader(noteCount: number) {
  const notes: Record<string, unknown> = {};
  const answerKey = `${TOPIC_SLUG}/${PROMPTS[0]}`;
  notes[answerKey] = noteRecord(answerKey, SAVED_ANSWER, { promptId: PROMPTS[0] });
  for (let index = 1; index < noteCount; index++) {
    const id = `note-${index}`;
    const topic = index % 2 ? TOPIC_SLUG : 'strategy-and-execution';
    notes[id] = noteRecord(id, `Note ${index}: what I noticed in the team this week.`, { topic });
  }
  return JSON.stringify({
    version: 6,
    state: savedState({
      // Single-key shortcuts off: the header's key hints then differ from the prerendered ones.
      preferences: {
        theme: 'system',
        updatedAt: STAMP,
        profile: 'weighing-the-move',
        singleKeyShortcuts: false,
      },
      assessments: {},
      briefs: {},
      notes,
      progress: { [TOPIC_SLUG]: { status: 'in-progress', updatedAt: STAMP } },
      bookmarks: {
        [TOPIC_SLUG]: { id: TOPIC_SLUG, topic: TOPIC_SLUG, createdAt: STAMP, updatedAt: STAMP },
      },
      lastPosition: { topic: TOPIC_SLUG, updatedAt: STAMP },
    }),
  });
}

/**
 * Holds back the requests for files matching `pattern` (the app's code) until `release` is
 * called: a test can act on the prerendered page before the app runs, with no clock involved.
 * `requested` resolves once the page has asked for one of them.
 */
async function holdBack(page: Page, pattern: string) {
  let release = () => {};
  let requested = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const asked = new Promise<void>((resolve) => {
    requested = resolve;
  });
  await page.route(pattern, async (route) => {
    requested();
    await held;
    await route.continue();
  });
  return { release, requested: asked };
}

/** Waits until the page has painted its content, so it is styled where a reader would click. */
const painted = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);

/** Puts saved data into a fresh profile's storage, as a reader's earlier visits left it. */
async function seed(page: Page, saved: string) {
  // A page of the app, not a file: Chromium asks a text file's origin for /favicon.ico.
  await page.goto(at('/about'));
  await waitForApp(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEY,
    saved,
  ] as const);
}

describe.skipIf(!hasBrowser)('prerendered pages from npm start', () => {
  it('serves a topic as its own HTML: its prose, its title, description and link preview', async () => {
    const response = await fetch(at('/topics/strategy-and-execution'));
    expect(response.status).toBe(200);
    const html = await response.text();
    const topic = topicIn(html);
    if (!topic) throw new Error('the topic page has no topic data');
    expect(html).toContain(`<h1 id="topic-title">${escapeHtml(topic.title)}</h1>`);
    expect(topic.sections.length).toBeGreaterThan(2);
    for (const section of topic.sections) expect(html).toContain(section.html);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain(`<title>${escapeHtml(topic.title)} · Debugging Leadership</title>`);
    const summary = escapeHtml(topic.summary);
    expect(html).toContain(`<meta name="description" content="${summary}" />`);
    expect(html).toContain('<link rel="canonical" href="/topics/strategy-and-execution" />');
    expect(html).toContain(`<meta property="og:title" content="${escapeHtml(topic.title)}" />`);
    expect(html).toContain(`<meta property="og:description" content="${summary}" />`);
    expect(html).toContain('<meta property="og:type" content="article" />');
    // The CSP is the template's, unchanged: scripts only from the app's own files.
    expect(html).toContain("script-src 'self';");
    expect(html).not.toMatch(/<script(?![^>]*\b(src=|type="application\/json"))[^>]*>/);
  });

  it('gives every page its own title and description, and unknown addresses a 404', async () => {
    const titles = new Set<string>();
    for (const appPath of await prerenderedPaths()) {
      const response = await fetch(at(appPath));
      expect(response.status, appPath).toBe(200);
      const html = await response.text();
      expect(dataIn(html).path, appPath).toBe(appPath);
      titles.add(/<title>(.*)<\/title>/.exec(html)?.[1] ?? '');
      expect(html, appPath).toMatch(/<meta name="description" content="[^"]{20,}" \/>/);
    }
    expect(titles.size).toBe((await prerenderedPaths()).length);
    const missing = await fetch(at('/no/such/page'));
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).not.toContain('rel="canonical"');
  });
});

describe.skipIf(!hasBrowser)('with JavaScript off', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every topic reads in full: prose, takeaways, examples with sources, prompts, experiments', async () => {
    const page = await browser.context.newPage();
    const topicPaths = (await prerenderedPaths()).filter((p) => p.startsWith('/topics/'));
    expect(topicPaths).toHaveLength(12);
    for (const topicPath of topicPaths) {
      await page.goto(at(topicPath));
      const topic = topicIn(await page.content());
      if (!topic) throw new Error(`${topicPath} has no topic data`);
      // Links out carry a hidden "(opens in a new tab)" for screen readers; the prose is without it.
      // innerText sets that hidden text apart on its own line, so punctuation after the link
      // arrives with a space before it.
      const shown = squash(
        // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, what a reader sees
        (await page.locator('main').innerText()).replace(/\u00a0/g, ' '),
      ).replace(/ \(opens in a new tab\)(?: (?=[,.;:!?)]))?/g, '');
      const expected = [
        topic.title,
        topic.summary,
        ...topic.sections.flatMap((section) => [section.title, section.text]),
        ...topic.takeaways,
        ...topic.examples.flatMap((example) => [example.title, example.what, example.lesson]),
        ...topic.reflections.map((reflection) => reflection.prompt),
        ...topic.experiments.flatMap((experiment) => [experiment.title, experiment.description]),
        ...topic.sources.flatMap((source) => [source.title, source.supports]),
      ].map(squash);
      expect(
        expected.filter((text) => !shown.includes(text)).map(whereMissing(shown)),
        topicPath,
      ).toEqual([]);
      for (const source of topic.examples.flatMap((example) => example.sources)) {
        const link = page.locator('.example__sources a', { hasText: source.title });
        expect(await link.first().getAttribute('href'), source.url).toBe(source.url);
      }
      // What keeps the reader's own words says, once, that it needs JavaScript.
      await page
        .locator('.needs-javascript', { hasText: /^Writing answers needs JavaScript/ })
        .waitFor();
    }
    await page.close();
  });

  it('the header, journey map, previous and next, and related topics work as plain links', async () => {
    const page = await browser.context.newPage();
    await page.goto(at('/'));
    await page
      .getByRole('region', { name: 'The journey' })
      .getByRole('link', { name: 'Strategy and execution' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Strategy and execution' }).waitFor();
    await page.getByRole('link', { name: /^Next/ }).click();
    await page.waitForURL((url) => url.pathname !== '/topics/strategy-and-execution');
    expect(await page.locator('main h1').textContent()).not.toBe('Strategy and execution');
    const related = page.getByRole('region', { name: 'Related topics' }).getByRole('link');
    const relatedTitle = await related.first().textContent();
    await related.first().click();
    await page.getByRole('heading', { level: 1, name: relatedTitle ?? '' }).waitFor();
    // Controls that need JavaScript (search, theme, bookmarks, status, Add a note) are hidden.
    expect(await page.locator('.js-only').count()).toBeGreaterThan(5);
    expect(await page.locator('.js-only:visible').count()).toBe(0);
    // On a phone, the bar's toggles need JavaScript: its two lists show in place instead.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const list of ['All topics', 'On this page']) {
      const links = page.getByRole('navigation', { name: list }).getByRole('link');
      expect(await links.first().isVisible(), list).toBe(true);
    }
    expect(await page.locator('.disclosure-toggle:visible').count()).toBe(0);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'About' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'About Debugging Leadership' }).waitFor();
    await page.close();
  });

  it('pages made of the reader’s data say in one line that they need JavaScript', async () => {
    const page = await browser.context.newPage();
    for (const [appPath, line] of [
      ['/notes', /^Your notebook needs JavaScript/],
      ['/bookmarks', /^Your bookmarks need JavaScript/],
      ['/assessment', /^The check-up needs JavaScript/],
      ['/settings', /^Settings need JavaScript/],
      ['/search', /^Search needs JavaScript/],
    ] as const) {
      await page.goto(at(appPath));
      await page.locator('main h1').waitFor();
      // (Playwright's getByText looks past <noscript>, so the line is found by its class.)
      const shown = page.locator('main .needs-javascript', { hasText: line });
      expect(await shown.count(), appPath).toBe(1);
      expect(await page.locator('main .needs-javascript').count(), appPath).toBe(1);
    }
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('hydrating the prerendered pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Visits every page: no console error, no other origin, the prerendered title kept. */
  /**
   * Visits every page: no console error, no other origin, the prerendered title kept, and the
   * prerendered heading is the very element the app runs with (hydrated, not rendered again).
   */
  async function visitEveryPage(page: Page) {
    const watch = watchPage(page, appOrigin());
    await page.addInitScript(() => {
      // A property, not an attribute: React would see an attribute as a mismatch.
      document.addEventListener('DOMContentLoaded', () => {
        const heading = document.querySelector('main h1');
        if (heading) Object.assign(heading, { prerendered: true });
      });
    });
    for (const appPath of [...(await prerenderedPaths()), '/no/such/page']) {
      await page.goto(at(appPath));
      const prerenderedTitle = await page.title();
      await waitForApp(page);
      expect(await page.title(), appPath).toBe(prerenderedTitle);
      const kept = await page.evaluate(
        () => (document.querySelector('main h1') as { prerendered?: boolean } | null)?.prerendered,
      );
      expect(kept, `${appPath}: the prerendered heading was replaced`).toBe(true);
    }
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  }

  it('hydrates every page for a new reader without an error', async () => {
    const page = await browser.context.newPage();
    await visitEveryPage(page);
    await page.close();
  });

  it('hydrates every page for a returning reader, whose answers, notes and progress fill in', async () => {
    const page = await browser.context.newPage();
    await seed(page, returningReader(40));
    await visitEveryPage(page);
    await page.goto(at(TOPIC));
    await waitForApp(page);
    expect(await page.locator(`#answer-${PROMPTS[0]}`).inputValue()).toBe(SAVED_ANSWER);
    expect(await page.getByRole('radio', { name: 'In progress' }).isChecked()).toBe(true);
    await page.close();
  });

  it('never shows a returning reader’s answer box empty and typeable; typing at once adds to it', async () => {
    const page = await browser.context.newPage();
    await seed(page, returningReader(1));
    // Every frame until the app is ready, from before any of the page's scripts: is the box
    // empty while the reader could type into it?
    await page.addInitScript((boxId) => {
      const seen = { emptyAndTypeable: false, framesWatched: 0 };
      Object.assign(window, { __answerBox: seen });
      const watch = () => {
        const box = document.getElementById(boxId) as HTMLTextAreaElement | null;
        if (box) seen.framesWatched++;
        if (box && !box.readOnly && box.value === '') seen.emptyAndTypeable = true;
        if (!document.documentElement.hasAttribute('data-ready')) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, `answer-${PROMPTS[0]}`);
    await page.goto(at(TOPIC));
    const box = page.locator(`#answer-${PROMPTS[0]}`);
    await box.waitFor();
    // Typing the moment the box takes text: what is there already is the saved answer.
    await page.waitForFunction((id) => {
      const element = document.getElementById(id) as HTMLTextAreaElement | null;
      return element !== null && !element.readOnly;
    }, `answer-${PROMPTS[0]}`);
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' And one more thing.');
    expect(await box.inputValue()).toBe(`${SAVED_ANSWER} And one more thing.`);
    await page.waitForFunction(([key, text]) => (localStorage.getItem(key) ?? '').includes(text), [
      STORAGE_KEY,
      `${SAVED_ANSWER} And one more thing.`,
    ] as const);
    const seen = await page.evaluate(
      () =>
        (window as unknown as { __answerBox: { emptyAndTypeable: boolean; framesWatched: number } })
          .__answerBox,
    );
    expect(seen.framesWatched).toBeGreaterThan(0);
    expect(seen.emptyAndTypeable).toBe(false);
    await page.close();
  });

  it('takes no click before the app runs, so what shows is what is saved', async () => {
    const page = await browser.context.newPage();
    const appCode = await holdBack(page, '**/assets/index-*.js');
    await page.goto(at(TOPIC), { waitUntil: 'commit' });
    await painted(page);
    // Still hidden until the app runs (its value is the reader's): found by what it is.
    const done = page.locator('.status-control input[value="done"]');
    const box = await done.boundingBox();
    if (!box) throw new Error('no Done radio in the prerendered page');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await done.isChecked()).toBe(false);
    appCode.release();
    await waitForApp(page);
    // What the page shows is what is saved, and the early click saved nothing.
    const saved = await page.evaluate(
      ([key, topic]) =>
        JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.progress?.[topic]?.status ??
        'not-started',
      [STORAGE_KEY, TOPIC_SLUG] as const,
    );
    expect(saved).not.toBe('done');
    expect(await page.locator('.status-control input:checked').getAttribute('value')).toBe(saved);
    await page.close();
  });

  it('keeps the search box read-only until the app runs, so no query is typed into nothing', async () => {
    const page = await browser.context.newPage();
    const appCode = await holdBack(page, '**/assets/index-*.js');
    await page.goto(at('/search'), { waitUntil: 'commit' });
    await painted(page);
    const field = page.locator('#search-q');
    expect(await field.getAttribute('readonly')).not.toBeNull();
    appCode.release();
    await waitForApp(page);
    expect(await field.getAttribute('readonly')).toBeNull();
    await page.close();
  });

  it('an unknown topic never blanks the page while the app loads the route', async () => {
    const page = await browser.context.newPage();
    // Every frame after the first paint, until the app is ready: is the page there (its header)?
    // (The not-found page itself then loads as its own chunk, in an empty main for a moment.)
    await page.addInitScript(() => {
      const seen = { blankFrames: 0, framesWatched: 0 };
      Object.assign(window, { __frames: seen });
      const watch = () => {
        if (performance.getEntriesByName('first-contentful-paint').length > 0) {
          seen.framesWatched++;
          if (!document.querySelector('.site-header')) seen.blankFrames++;
        }
        if (!document.documentElement.hasAttribute('data-ready')) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    // 404.html answers, but the address is the topic route's: the app renders it afresh. The
    // topic's code is held until the app has asked for it and two frames have passed, so a
    // blank render in between would be painted and seen.
    const topicCode = await holdBack(page, '**/assets/topic-*.js');
    await page.goto(at('/topics/no-such-topic'));
    await topicCode.requested;
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    topicCode.release();
    await waitForApp(page);
    expect(await page.locator('main h1').textContent()).toBe('Page not found');
    const seen = await page.evaluate(
      () =>
        (window as unknown as { __frames: { blankFrames: number; framesWatched: number } })
          .__frames,
    );
    expect(seen.framesWatched).toBeGreaterThan(1);
    expect(seen.blankFrames).toBe(0);
    await page.close();
  });

  it('moves nothing on screen as a returning reader’s 2,000 notes and progress fill in', async () => {
    const page = await browser.context.newPage();
    await seed(page, returningReader(2000));
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      Object.assign(window, { __shifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          shifts.push({
            value: entry.value,
            sources: entry.sources.map((source) =>
              source.node instanceof Element
                ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
                : String(source.node?.nodeName),
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const [appPath, viewport] of [
      ['/', { width: 1280, height: 900 }],
      [TOPIC, { width: 1280, height: 900 }],
      ['/notes', { width: 1280, height: 900 }],
      ['/bookmarks', { width: 1440, height: 900 }],
      ['/settings', { width: 1180, height: 900 }],
      ['/search?q=strategy', { width: 1280, height: 900 }],
      ['/', { width: 390, height: 844 }],
      [TOPIC, { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(at(appPath), { waitUntil: 'networkidle' });
      await waitForApp(page);
      if (appPath === '/') await page.getByRole('link', { name: /^Continue reading/ }).waitFor();
      // Two frames, so a shift from the last render is recorded.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: unknown[] }).__shifts,
      );
      expect(shifts, `${appPath} at ${viewport.width} px`).toEqual([]);
    }
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('hydrating with development React', () => {
  // Production React reports a mismatch only where text or elements differ; development React
  // also warns about attributes. So this builds the site once more, with development React.
  const OUT_DIR = 'dist-dev-react';
  let site: ServedBuild;

  beforeAll(async () => {
    site = await buildAndServe({ outDir: OUT_DIR, development: true });
  });
  afterAll(() => site?.close());

  it('warns of no mismatch on any page, for a new reader and a returning one', async () => {
    const page = await site.browser.context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      // The not-found page's own 404 status, which Chromium logs, is the page working as meant.
      if (message.text().includes('status of 404') && message.location().url.includes('/no/such/'))
        return;
      warnings.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    });
    page.on('pageerror', (error) => warnings.push(`uncaught: ${error.message}`));
    const visitAll = async () => {
      for (const appPath of [...(await prerenderedPaths(OUT_DIR)), '/no/such/page']) {
        await page.goto(new URL(appPath.slice(1), site.server.url).toString());
        await waitForApp(page);
      }
    };
    await visitAll();
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      STORAGE_KEY,
      returningReader(40),
    ] as const);
    await visitAll();
    expect(warnings).toEqual([]);
    await page.close();
  });
});
