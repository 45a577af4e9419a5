import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/chromium.ts';
import { serveBuild } from './lib/server.ts';

/**
 * The JavaScript a browser loads for a page's first view, measured in real Chromium against the
 * production build (so lazy route chunks that the first view pulls in are counted), gzipped at
 * level 9 from the files in dist/, and the page's prerendered HTML (issue 12), which paints
 * before any of it runs. Budgets are in bytes, 1 KB = 1,000 bytes.
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
  { name: 'home, new reader', path: '/', budget: 110_880, htmlBudget: 4_000 },
  // 126 KB since issue 9, which gave every topic page its end-of-topic block, current-section
  // marking, reading progress, the phone navigation bar and the list of all topics (+2.4 KB).
  // 126.5 KB since issue 11 (the same Search button; +471 bytes).
  // 121 KB since issue 12: the prerendered HTML carries the topic's prose and its loader data,
  // so its Markdown chunk (6.7 KB) no longer loads on a first view: 120.1 KB. The HTML is
  // 14.1 KB, 3.9 KB of it that data (the prose again, as JSON the router hydrates from).
  {
    name: 'topic page, new reader',
    path: '/topics/culture-and-team-composition',
    budget: 121_000,
    htmlBudget: 15_000,
  },
  // The search page loads the engine (MiniSearch and our code) and the course's prebuilt index
  // with its route: 225.4 KB when added in issue 11, 97.7 KB of it the index (about half of
  // that the text its snippets are cut from). Reported so the index's weight stays in view.
  {
    name: 'search page, new reader',
    path: '/search?q=strategy',
    budget: 230_000,
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
      const files: FileSize[] = [];
      for (const pathname of [...scripts].sort()) {
        const content = await readFile(path.join(distDir, pathname));
        files.push({
          file: pathname,
          raw: content.length,
          gzip: gzipSync(content, { level: 9 }).length,
        });
      }
      reports.push({
        ...view,
        files,
        total: files.reduce((sum, file) => sum + file.gzip, 0),
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

export async function main(): Promise<number> {
  const reports = await measureViews();
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
    const htmlVerdict = report.html.gzip <= report.htmlBudget ? 'within' : 'OVER';
    console.log(
      `  ${kb(report.html.gzip).padStart(9)} gzip  ${kb(report.html.raw).padStart(9)} raw  HTML of ${report.html.file}: ${htmlVerdict} the budget of ${kb(report.htmlBudget)}`,
    );
    if (report.html.gzip > report.htmlBudget) failed = true;
  }
  await mkdir('reports', { recursive: true });
  await writeFile('reports/size-report.json', `${JSON.stringify(reports, null, 2)}\n`);
  console.log('\nReport written to reports/size-report.json');
  return failed ? 1 : 0;
}
