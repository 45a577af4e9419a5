import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { serveBuild } from './lib/server.ts';

/**
 * Lighthouse 12 (its default mobile preset: emulated phone, throttled network and CPU) against the
 * production build, three runs per page, reporting the median of each category. For humans to
 * run (`npm run lighthouse [path…]`), not part of CI: its timings depend on the machine's load.
 */
const RUNS = 3;
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
  const pagePaths = args.length > 0 ? args : ['/'];
  const server = await serveBuild();
  try {
    for (const pagePath of pagePaths) {
      const url = new URL(pagePath.replace(/^\//, ''), server.url).toString();
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const layoutShift: number[] = [];
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
          layoutShift.push(Number(result.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0));
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
      console.log(`  ${'layout shift'.padEnd(15)} ${median(layoutShift).toFixed(3)}`);
    }
  } finally {
    await server.close();
  }
  return 0;
}
