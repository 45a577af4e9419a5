import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { serveBuild } from './lib/server.ts';

/**
 * Lighthouse 12 (its default mobile preset: emulated phone, throttled network and CPU) against the
 * production build, five runs per page, reporting the median of each category and of the
 * metrics the goals are set in. For humans to run (`npm run lighthouse [path…]`; by default the
 * home page and a topic), not part of CI: its timings depend on the machine's load. It exits 1
 * when a median misses a goal, so a regression is plain to whoever runs it.
 */
const RUNS = 5;
const DEFAULT_PATHS = ['/', '/topics/strategy-and-execution'];

/** The goals (issue 12): each metric's median, and how to print it. */
const GOALS = [
  { audit: 'largest-contentful-paint', label: 'LCP', max: 1200, unit: 'ms' },
  { audit: 'total-blocking-time', label: 'TBT', max: 50, unit: 'ms' },
  { audit: 'cumulative-layout-shift', label: 'CLS', max: 0, unit: '' },
  { audit: 'first-contentful-paint', label: 'FCP', max: Number.POSITIVE_INFINITY, unit: 'ms' },
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function main(args: string[]): Promise<number> {
  const chromePath = findChromium();
  if (!chromePath) {
    console.error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
    return 1;
  }
  const pagePaths = args.length > 0 ? args : DEFAULT_PATHS;
  let missed = false;
  const server = await serveBuild();
  try {
    for (const pagePath of pagePaths) {
      const url = new URL(pagePath.replace(/^\//, ''), server.url).toString();
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const metrics: Record<string, number[]> = Object.fromEntries(GOALS.map((g) => [g.audit, []]));
      for (let run = 0; run < RUNS; run++) {
        // A fresh browser per run, so no run is warmed by another's cache.
        const chrome = await chromeLauncher.launch({
          chromePath,
          chromeFlags: ['--headless', ...CHROMIUM_ARGS],
        });
        try {
          const result = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
          for (const category of CATEGORIES) {
            scores[category]?.push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
          }
          for (const goal of GOALS)
            metrics[goal.audit]?.push(Number(result.lhr.audits[goal.audit]?.numericValue ?? 0));
        } finally {
          await chrome.kill();
        }
      }
      console.log(`\n${pagePath} (median of ${RUNS} runs, mobile preset)`);
      for (const category of CATEGORIES) {
        console.log(
          `  ${category.padEnd(15)} ${median(scores[category] ?? [])}   runs: ${scores[category]?.join(', ')}`,
        );
      }
      if (median(scores.performance ?? []) < 100) missed = true;
      for (const goal of GOALS) {
        const values = metrics[goal.audit] ?? [];
        const value = median(values);
        const shown = (n: number) => (goal.unit === 'ms' ? `${Math.round(n)} ms` : n.toFixed(3));
        const verdict = Number.isFinite(goal.max)
          ? value <= goal.max
            ? `  (goal ≤ ${shown(goal.max)}: met)`
            : `  (goal ≤ ${shown(goal.max)}: MISSED)`
          : '';
        if (value > goal.max) missed = true;
        console.log(
          `  ${goal.label.padEnd(15)} ${shown(value)}${verdict}   runs: ${values.map(shown).join(', ')}`,
        );
      }
    }
  } finally {
    await server.close();
  }
  return missed ? 1 : 0;
}
