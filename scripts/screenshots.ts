import { mkdir } from 'node:fs/promises';
import { launchBrowser } from './lib/chromium.ts';
import { serveBuild } from './lib/server.ts';

/**
 * Screenshots of pages in both themes on a phone and a desktop, for looking at what we build:
 * `npm run screenshots [path…]` writes reports/screenshots/*.png.
 */
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

export async function main(args: string[]): Promise<number> {
  const pagePaths = args.length > 0 ? args : ['/', '/topics/fear-losing-technical-edge'];
  await mkdir('reports/screenshots', { recursive: true });
  const server = await serveBuild();
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [device, viewport] of Object.entries(viewports)) {
        const browser = await launchBrowser({ colorScheme, viewport });
        const page = await browser.context.newPage();
        for (const pagePath of pagePaths) {
          await page.goto(new URL(pagePath.replace(/^\//, ''), server.url).toString());
          await page.locator('html[data-ready] main h1').first().waitFor();
          const name = pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
          const file = `reports/screenshots/${name}-${device}-${colorScheme}.png`;
          await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
          console.log(file);
        }
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return 0;
}
