import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** The machine's own Chromium: never a downloaded one. CHROME_PATH wins when set. */
export const findChromium = (): string | undefined =>
  [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));

// Without the background-networking flags Chromium keeps trying to reach Google's hosts, which
// this machine's closed network refuses, and those attempts would pollute the request checks.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * How long one browser step (launch, navigation, click, waitFor, waitForFunction, download) may
 * take before it fails as hung. A cap, not a wait: a step ends the moment its condition holds.
 * Set here rather than left to Playwright's 30 s default so that every test and script gets the
 * same one, with room for a launch or page load on a busy 2-core machine. The e2e project's
 * testTimeout (vite.config.ts) is well above it, so a hung step fails with Playwright's message
 * naming that step instead of a bare "Test timed out".
 */
export const STEP_TIMEOUT_MS = 60_000;

export type Browser = { context: BrowserContext; profileDir: string; close: () => Promise<void> };

export type LaunchOptions = {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Flags beyond CHROMIUM_ARGS, e.g. for a benchmark. */
  extraArgs?: string[];
  /** False to read the app as a browser with JavaScript off would. */
  javaScriptEnabled?: boolean;
  /**
   * 'allow' for the tests of the offline app (e2e/offline.test.ts). Everywhere else the app runs
   * as on a reader's first visit, before its service worker exists: no test's requests are
   * answered from a cache another step filled, and no fresh profile spends the machine
   * downloading the whole precache (about 2 MB) beside the steps it times out.
   */
  serviceWorkers?: 'allow' | 'block';
};

/** A fresh profile each time, so no test sees another's storage. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH');
  const profileDir = await mkdtemp(path.join(tmpdir(), 'dl-profile-'));
  return launchWithProfile(executablePath, profileDir, options);
}

/** Reopens a browser on an existing profile, as a reader coming back the next day would. */
export async function launchWithProfile(
  executablePath: string,
  profileDir: string,
  options: LaunchOptions = {},
): Promise<Browser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: ['--headless', ...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'block',
    timeout: STEP_TIMEOUT_MS,
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  return {
    context,
    profileDir,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
