import { rm } from 'node:fs/promises';
import { buildSite } from '../../scripts/lib/build-site';
import { type Browser, type LaunchOptions, launchBrowser } from '../../scripts/lib/chromium';
import { serveBuild } from '../../scripts/lib/server';

export type ServedBuild = {
  server: Awaited<ReturnType<typeof serveBuild>>;
  browser: Browser;
  /** Closes the browser and the server, and deletes the build. */
  close: () => Promise<void>;
};

/**
 * A build of the site besides dist/ (a sub-path, development React, a version to update from),
 * served on its own port, with a browser of its own. Rebuild into `outDir` to deploy a new
 * version under the same server.
 */
export async function buildAndServe(options: {
  outDir: string;
  base?: string;
  development?: boolean;
  launch?: LaunchOptions;
}): Promise<ServedBuild> {
  const { outDir, base, development, launch } = options;
  await buildSite({ outDir, base, development });
  const server = await serveBuild({ outDir, base });
  const browser = await launchBrowser(launch);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
