import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../scripts/lib/chromium';
import { serveBuild } from '../scripts/lib/server';

declare module 'vitest' {
  export interface ProvidedContext {
    chromePath: string | null;
    appURL: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChromium() ?? null;
  project.provide('chromePath', chromePath);
  project.provide('appURL', '');
  if (!chromePath) {
    const banner = [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!!  NO CHROMIUM FOUND: the browser tests are SKIPPED.',
      '!!  Install it (apt-get install -y chromium) or set CHROME_PATH.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n');
    if (process.env.CI === 'true') throw new Error(`CI=true and no Chromium was found.${banner}`);
    console.warn(banner);
    return;
  }
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'No production build in dist/: run "npm run build" first (npm test does this for you).',
    );
  }
  const server = await serveBuild();
  project.provide('appURL', server.url);
  return () => server.close();
}
