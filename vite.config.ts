import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { spaFallbackPlugin } from './scripts/spa-fallback/vite-plugin-spa-fallback.ts';
import { topicsPlugin } from './scripts/topics/vite-plugin-topics.ts';

const root = import.meta.dirname;

/** BASE_PATH=/some/path/ builds the app to be served under that path. */
const base = (() => {
  const raw = process.env.BASE_PATH?.trim();
  if (!raw) return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
})();

/**
 * The CSP forbids inline scripts, which the dev server's React refresh preamble needs, so the
 * dev server alone drops the policy. Production builds keep it exactly as index.html has it.
 */
const devWithoutCsp = (): Plugin => ({
  name: 'debugging-leadership:dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
});

export default defineConfig({
  base,
  plugins: [
    topicsPlugin(path.join(root, 'src/content/topics')),
    react(),
    spaFallbackPlugin(),
    devWithoutCsp(),
  ],
  resolve: { alias: { '@': path.join(root, 'src') } },
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          // One browser at a time: the machine has two cores and the app server is shared.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
