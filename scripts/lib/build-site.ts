import { createBuilder, type PluginOption } from 'vite';

/**
 * Builds the site as `vite build` does (the client, the server entry, every page prerendered),
 * into another folder: for the browser tests that need a second build (a sub-path, development
 * React, a new version of the app). Vite's build() would build the client alone, with no pages.
 * `plugins` join the project's own: a test's way to change a file without touching the source.
 */
export async function buildSite(options: {
  outDir: string;
  base?: string;
  development?: boolean;
  plugins?: PluginOption[];
}) {
  // Vitest runs with NODE_ENV=test, which would give a development build of React by accident.
  const saved = { base: process.env.BASE_PATH, nodeEnv: process.env.NODE_ENV };
  const mode = options.development ? 'development' : 'production';
  if (options.base) process.env.BASE_PATH = options.base;
  process.env.NODE_ENV = mode;
  try {
    const builder = await createBuilder({
      configFile: 'vite.config.ts',
      logLevel: 'warn',
      mode,
      build: { outDir: options.outDir, emptyOutDir: true },
      plugins: options.plugins ?? [],
    });
    await builder.buildApp();
  } finally {
    if (saved.base === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = saved.base;
    process.env.NODE_ENV = saved.nodeEnv;
  }
}
