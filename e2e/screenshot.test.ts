import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../scripts/lib/chromium';
import { gotoApp, hasBrowser } from './support/fixtures';

/**
 * Takes the README's screenshot of the start page, with a little progress so the journey map
 * shows what a returning reader sees. Written to reports/ on every run; to refresh the
 * committed picture, run `UPDATE_SCREENSHOT=1 npm run e2e`.
 */
describe.skipIf(!hasBrowser)('README screenshot', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1200, height: 1000 } });
  });
  afterAll(() => browser?.close());

  it('captures the start page with a journey in progress', async () => {
    const page = await browser.context.newPage();
    await gotoApp(page, '/topics/is-leadership-for-me');
    await page
      .getByRole('group', { name: 'Reading status' })
      .getByRole('radio', { name: 'Done' })
      .check();
    await page.getByRole('link', { name: /^Next topic/ }).click();
    await page.getByText('Topic 2 of 12').waitFor();
    // Reading past its first section starts topic 2 ("In progress", and "Continue" points at it).
    await page
      .locator('.topic-section h2')
      .nth(1)
      .evaluate((heading) => heading.scrollIntoView());
    await page
      .getByRole('group', { name: 'Reading status' })
      .getByRole('radio', { name: 'In progress', checked: true })
      .waitFor();
    await page.getByRole('link', { name: 'Debugging Leadership', exact: true }).click();
    await page.getByText('1 of 12 topics done').waitFor();
    await page.getByRole('link', { name: /^Continue reading: / }).waitFor();
    await mkdir('reports', { recursive: true });
    const path =
      process.env.UPDATE_SCREENSHOT === '1' ? 'docs/screenshot.png' : 'reports/screenshot.png';
    const image = await page.screenshot({ path, animations: 'disabled' });
    expect(image.length).toBeGreaterThan(10_000);
  });
});
