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

export type Browser = { context: BrowserContext; profileDir: string; close: () => Promise<void> };

export type LaunchOptions = {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Flags beyond CHROMIUM_ARGS, e.g. for a benchmark. */
  extraArgs?: string[];
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
  });
  return {
    context,
    profileDir,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
