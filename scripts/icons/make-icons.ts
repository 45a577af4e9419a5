import { readFile, writeFile } from 'node:fs/promises';
import { launchBrowser } from '../lib/chromium.ts';

/**
 * The app's icons for the web app manifest, drawn from public/favicon.svg by Chromium (no image
 * library needed): 192 and 512 px as they are, and a 512 px maskable one, whose background fills
 * the square and whose mark sits inside the middle 80 % (the safe zone a launcher may crop to).
 * Run by hand after the favicon changes (`node scripts/run.mjs scripts/icons/make-icons.ts`);
 * the PNGs are committed.
 */
const favicon = await readFile('public/favicon.svg', 'utf8');
const BACKGROUND = /<rect width="32" height="32" rx="7" fill="(#[0-9a-f]{6})"\/>/i;
const background = BACKGROUND.exec(favicon)?.[1];
if (!background) throw new Error('public/favicon.svg no longer starts with its background square');

const maskable = favicon
  .replace(
    BACKGROUND,
    `<rect width="32" height="32" fill="${background}"/><g transform="translate(3.2 3.2) scale(0.8)">`,
  )
  .replace('</svg>', '</g></svg>');

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, svg: favicon },
  { file: 'public/icons/icon-512.png', size: 512, svg: favicon },
  { file: 'public/icons/icon-maskable-512.png', size: 512, svg: maskable },
];

export async function main(): Promise<number> {
  const browser = await launchBrowser({ viewport: { width: 512, height: 512 } });
  try {
    const page = await browser.context.newPage();
    for (const icon of icons) {
      const src = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${src}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await writeFile(icon.file, await page.screenshot({ omitBackground: true }));
      console.log(`${icon.file} (${icon.size} px)`);
    }
  } finally {
    await browser.close();
  }
  return 0;
}
