import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { spaFallbackPlugin } from './vite-plugin-spa-fallback.ts';

let workDir: string | undefined;

afterEach(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
  workDir = undefined;
});

/** Runs the app's real build (vite.config.ts) into a temporary folder, as `npm run build` would. */
async function buildApp(basePath?: string) {
  workDir = await mkdtemp(path.join(tmpdir(), 'spa-fallback-'));
  const outDir = path.join(workDir, 'dist');
  const saved = { basePath: process.env.BASE_PATH, nodeEnv: process.env.NODE_ENV };
  if (basePath) process.env.BASE_PATH = basePath;
  else delete process.env.BASE_PATH;
  // Vitest runs with NODE_ENV=test, which would make this a development build of React.
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: 'vite.config.ts',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (saved.basePath === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = saved.basePath;
    process.env.NODE_ENV = saved.nodeEnv;
  }
  const read = (name: string) => readFile(path.join(outDir, name), 'utf8');
  return { index: await read('index.html'), fallback: await read('404.html') };
}

/** The local URLs an HTML page loads or links to: scripts, styles, icons. */
const localUrls = (html: string) =>
  [...html.matchAll(/\s(?:src|href)="([^"#][^"]*)"/g)]
    .map((match) => match[1] ?? '')
    .filter((url) => !/^[a-z]+:/i.test(url));

describe('spaFallbackPlugin in the app build', () => {
  it('writes 404.html, identical to index.html, at the default base', async () => {
    const { index, fallback } = await buildApp();
    expect(fallback).toBe(index);
    const urls = localUrls(fallback);
    expect(urls.some((url) => /^\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
    for (const url of urls) expect(url.startsWith('/')).toBe(true);
  }, 120_000);

  it('writes 404.html with the sub-path in every asset URL when BASE_PATH is set', async () => {
    const { index, fallback } = await buildApp('/guides/leadership/');
    expect(fallback).toBe(index);
    const urls = localUrls(fallback);
    expect(urls).toContain('/guides/leadership/theme-init.js');
    expect(urls.some((url) => /^\/guides\/leadership\/assets\/index-[\w-]+\.js$/.test(url))).toBe(
      true,
    );
    for (const url of urls) expect(url.startsWith('/guides/leadership/')).toBe(true);
  }, 120_000);
});

describe('spaFallbackPlugin without an index.html', () => {
  it('fails the build instead of shipping a site with no 404.html', async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'spa-fallback-'));
    const entry = path.join(workDir, 'entry.js');
    await writeFile(entry, 'export default 1;\n');
    const failing = build({
      configFile: false,
      logLevel: 'silent',
      root: workDir,
      plugins: [spaFallbackPlugin()],
      build: { write: false, lib: { entry, formats: ['es'], fileName: 'out' } },
    });
    await expect(failing).rejects.toThrow(/index\.html is not in the bundle/);
  }, 60_000);
});
