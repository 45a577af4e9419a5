import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/chromium.ts';
import { serveBuild } from './lib/server.ts';

/**
 * The JavaScript a browser loads for a page's first view, measured in real Chromium against the
 * production build (so lazy route chunks that the first view pulls in are counted), gzipped at
 * level 9 from the files in dist/, and the page's prerendered HTML (issue 12), which paints
 * before any of it runs. Budgets are in bytes, 1 KB = 1,000 bytes.
 *
 * What the app starts once the page has loaded (the service worker and the rest of
 * src/features/offline: issue 13) is reported apart, not counted in the first view; the script
 * checks that it did start after the load event.
 */
export const views: View[] = [
  // 110.5 KB since issue 10, which allowed the first view 0.5 KB for "Where are you now?" (the
  // four profiles' labels and the choice; paths, reasons and "Start here" load once one is
  // chosen) and the Check-up route in the navigation: measured +403 bytes. 111 KB since issue
  // 11, which allowed 0.5 KB for the header's Search button and the keys that open search from
  // any page (the dialogs, engine and index load on first open): measured +480 bytes.
  // Issue 12 (prerendering) let the first view of / grow by nothing: 110,880 bytes before it.
  // Hydrating costs about 0.4 KB and first-paint.js, which starts the app after the first
  // paint, 0.25 KB more; building without Vite's preload helper and polyfill (vite.config.ts)
  // paid for both: 110,880 bytes. Its HTML, 3.7 KB, paints the page before any of it runs.
  // Issue 13 (offline) allowed 1 KB for the notices ("A new version is ready", a link followed
  // offline), starting the service worker after load, and the theme-color tags: measured +430
  // bytes, 111,310. Its review added a page that says "This page could not load" from the shell
  // (an old tab whose files another tab's update removed, never blank) and the page toasts'
  // place in the stack: +326, 111,636. The budget is the cap, 110,880 + 1,000. The
  // page's code that registers the worker and handles updates, offline links
  // and the storage request (3.2 KB) loads after the load event, reported below; so do the
  // worker itself and the precache (reported at the end), which download in the background.
  { name: 'home, new reader', path: '/', budget: 111_880, htmlBudget: 4_000 },
  // 126 KB since issue 9, which gave every topic page its end-of-topic block, current-section
  // marking, reading progress, the phone navigation bar and the list of all topics (+2.4 KB).
  // 126.5 KB since issue 11 (the same Search button; +471 bytes).
  // 121 KB since issue 12: the prerendered HTML carries the topic's prose and its loader data,
  // so its Markdown chunk (6.7 KB) no longer loads on a first view: 120.1 KB. The HTML is
  // 14.1 KB, 3.9 KB of it that data (the prose again, as JSON the router hydrates from).
  // Issue 14 (the second edition) added each page's "Sources for this page" and prose links to
  // the app's own pages that the router follows: +374 bytes, 121,185. This page's prose grew from
  // 1,137 to 1,383 words with a section on hiring and onboarding, and it took the two-pizza card
  // from resource management: its HTML went from 14.3 to 16.6 KB.
  {
    name: 'topic page, new reader',
    path: '/topics/culture-and-team-composition',
    budget: 121_500,
    htmlBudget: 17_000,
  },
  // The search page loads the engine (MiniSearch and our code) and the course's prebuilt index
  // with its route: 225.4 KB when added in issue 11, 97.7 KB of it the index (about half of
  // that the text its snippets are cut from). Reported so the index's weight stays in view.
  // Issue 14's second edition grew the course's prose from 13,355 to about 15,470 words, and
  // this view from 226,557 to 238,459 bytes (+11,902), 109.0 KB of it the index.
  {
    name: 'search page, new reader',
    path: '/search?q=strategy',
    budget: 240_000,
    htmlBudget: 2_000,
  },
  // The check-up page loads its code (form, chart, history, energy map, brief: 10.8 KB), the
  // check-up's items (3.7 KB) and every topic's outline (6.2 KB, as the notebook does) with its
  // route, on top of the shell: 133.0 KB when added in issue 10; 134.3 KB once the header's
  // Search button (issue 11) and the check-up's kept draft came.
  // Its HTML holds the check-up's items and outlines as loader data (the form itself renders
  // from the reader's data, after hydration): 11 KB.
  { name: 'check-up page, new reader', path: '/assessment', budget: 135_000, htmlBudget: 12_000 },
  // A returning reader also loads the decoder for their saved data (migrations and schema
  // validation); reported so the cost stays visible, held to the topic page's budget.
  {
    name: 'home, returning reader',
    path: '/',
    budget: 125_000,
    htmlBudget: 4_000,
    savedData: true,
  },
];

/** Chunks the app requests only after the load event (src/main.tsx, startOffline). */
const AFTER_LOAD = [
  /^\/assets\/start-offline-[\w-]+\.js$/,
  /^\/assets\/service-worker-[\w-]+\.js$/,
];
const loadsAfterLoad = (pathname: string) => AFTER_LOAD.some((pattern) => pattern.test(pathname));

type View = {
  name: string;
  path: string;
  /** First-view JavaScript, gzip bytes. */
  budget: number;
  /** The prerendered HTML, gzip bytes. */
  htmlBudget: number;
  savedData?: boolean;
};

/** A small saved state of the current version, as a reader who has started would have. */
const SAVED_DATA = JSON.stringify({
  state: {
    preferences: { theme: 'dark', updatedAt: '2026-11-01T10:00:00.000Z' },
    progress: { 'is-leadership-for-me': { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z' } },
    bookmarks: {},
    notes: {},
    experiments: {},
    lastPosition: { topic: 'is-leadership-for-me', updatedAt: '2026-11-01T10:00:00.000Z' },
  },
  version: 2,
});

type FileSize = { file: string; raw: number; gzip: number };
export type ViewReport = {
  name: string;
  path: string;
  budget: number;
  htmlBudget: number;
  files: FileSize[];
  total: number;
  /** Requested after the load event: not part of the first view. */
  afterLoad: FileSize[];
  /** The page's prerendered HTML as served, gzipped at level 9: what paints before any JS. */
  html: FileSize;
};

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export async function measureViews(distDir = 'dist'): Promise<ViewReport[]> {
  const server = await serveBuild({ outDir: distDir });
  const browser = await launchBrowser();
  try {
    const reports: ViewReport[] = [];
    for (const view of views) {
      const page = await browser.context.newPage();
      await page.goto(new URL('robots.txt', server.url).toString());
      await page.evaluate(
        (saved) => {
          localStorage.clear();
          if (saved) localStorage.setItem('debugging-leadership', saved);
        },
        view.savedData ? SAVED_DATA : null,
      );
      const scripts = new Set<string>();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script')
          scripts.add(new URL(response.url()).pathname);
      });
      const document = await page.goto(new URL(view.path.slice(1), server.url).toString(), {
        waitUntil: 'networkidle',
      });
      if (!document) throw new Error(`${view.path}: no response for the page`);
      const body = await document.body();
      const html: FileSize = {
        file: new URL(document.url()).pathname,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      };
      await page.locator('html[data-ready] main h1').first().waitFor();
      await page.locator('html[data-offline-ready]').waitFor({ state: 'attached' });
      const startedEarly = await page.evaluate(
        (patterns) => {
          const loaded = performance.getEntriesByType(
            'navigation',
          )[0] as PerformanceNavigationTiming;
          return performance
            .getEntriesByType('resource')
            .filter((entry) =>
              patterns.some((source) => new RegExp(source).test(new URL(entry.name).pathname)),
            )
            .filter((entry) => entry.startTime < loaded.loadEventEnd)
            .map((entry) => entry.name);
        },
        AFTER_LOAD.map((pattern) => pattern.source),
      );
      if (startedEarly.length > 0)
        throw new Error(
          `${view.path}: requested before the load event: ${startedEarly.join(', ')}`,
        );
      const files: FileSize[] = [];
      const afterLoad: FileSize[] = [];
      for (const pathname of [...scripts].sort()) {
        const content = await readFile(path.join(distDir, pathname));
        (loadsAfterLoad(pathname) ? afterLoad : files).push({
          file: pathname,
          raw: content.length,
          gzip: gzipSync(content, { level: 9 }).length,
        });
      }
      reports.push({
        ...view,
        files,
        total: files.reduce((sum, file) => sum + file.gzip, 0),
        afterLoad,
        html,
      });
      await page.close();
    }
    return reports;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A precache entry's file: pages are keyed by their address (scripts/pwa/clean-page-urls.ts). */
const precachedFile = (distDir: string, url: string) =>
  existsSync(path.join(distDir, url, 'index.html'))
    ? path.join(distDir, url, 'index.html')
    : path.join(distDir, url);

/** What the service worker downloads and keeps for offline use: every file in its precache. */
export async function measurePrecache(distDir = 'dist') {
  const worker = await readFile(path.join(distDir, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\burl:"([^"]+)"/g)].map((match) => match[1] as string);
  if (urls.length === 0) throw new Error(`${distDir}/sw.js: no precache entries found`);
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const content = await readFile(precachedFile(distDir, url));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  // The worker's own scripts: sw.js and the Workbox runtime it imports (workbox-<hash>.js).
  const workerFiles = [
    'sw.js',
    ...(await readdir(distDir)).filter((name) => /^workbox-[\w-]+\.js$/.test(name)),
  ];
  let workerGzip = 0;
  for (const name of workerFiles)
    workerGzip += gzipSync(await readFile(path.join(distDir, name)), { level: 9 }).length;
  return { files: urls.length, raw, gzip, workerGzip };
}

export async function main(): Promise<number> {
  const reports = await measureViews();
  const precache = await measurePrecache();
  let failed = false;
  for (const report of reports) {
    console.log(`\nFirst view of ${report.path} (${report.name}): JavaScript loaded`);
    for (const file of report.files)
      console.log(
        `  ${kb(file.gzip).padStart(9)} gzip  ${kb(file.raw).padStart(9)} raw  ${file.file}`,
      );
    const verdict = report.total <= report.budget ? 'within' : 'OVER';
    console.log(
      `  ${kb(report.total).padStart(9)} gzip total: ${verdict} the budget of ${kb(report.budget)}`,
    );
    if (report.total > report.budget) failed = true;
    for (const file of report.afterLoad)
      console.log(
        `  ${kb(file.gzip).padStart(9)} gzip  ${kb(file.raw).padStart(9)} raw  ${file.file} (after the load event, not in the first view)`,
      );
    const htmlVerdict = report.html.gzip <= report.htmlBudget ? 'within' : 'OVER';
    console.log(
      `  ${kb(report.html.gzip).padStart(9)} gzip  ${kb(report.html.raw).padStart(9)} raw  HTML of ${report.html.file}: ${htmlVerdict} the budget of ${kb(report.htmlBudget)}`,
    );
    if (report.html.gzip > report.htmlBudget) failed = true;
  }
  console.log(
    `\nAfter the first view, in the background: the service worker (${kb(precache.workerGzip)} gzip), and its precache, what it keeps for offline use: ${precache.files} files, ${kb(precache.raw)} raw, ${kb(precache.gzip)} gzip`,
  );
  await mkdir('reports', { recursive: true });
  await writeFile(
    'reports/size-report.json',
    `${JSON.stringify({ views: reports, precache }, null, 2)}\n`,
  );
  console.log('\nReport written to reports/size-report.json');
  return failed ? 1 : 0;
}
