import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { checkupPlugin } from './scripts/checkup/vite-plugin-checkup.ts';
import { prerenderPlugin } from './scripts/prerender/vite-plugin-prerender.ts';
import { previewPrerenderedPlugin } from './scripts/prerender/vite-plugin-preview-prerendered.ts';
import { pwaOptions } from './scripts/pwa/pwa-options.ts';
import { precachePagesPlugin } from './scripts/pwa/vite-plugin-precache-pages.ts';
import { searchPlugin } from './scripts/search/vite-plugin-search.ts';
import { topicsPlugin } from './scripts/topics/vite-plugin-topics.ts';

const root = import.meta.dirname;
const topicsDir = path.join(root, 'src/content/topics');

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
    topicsPlugin(topicsDir),
    searchPlugin(topicsDir),
    checkupPlugin(path.join(root, 'src/content/checkup.yaml'), topicsDir),
    react(),
    prerenderPlugin({ serverEntry: 'src/entry-server.tsx', routesDir: 'src/app/routes' }),
    previewPrerenderedPlugin(),
    VitePWA(pwaOptions),
    precachePagesPlugin(),
    devWithoutCsp(),
  ],
  resolve: { alias: { '@': path.join(root, 'src') } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // No dependency preloading for dynamic imports (Vite's preload helper and polyfill): a
    // prerendered page lists its route's chunks for public/first-paint.js to request alongside
    // the entry, and dropping the helper pays for hydrating that HTML (the first-view JS of /
    // may not grow). The cost: a page opened by a link in the app fetches its route's shared
    // chunks one round trip after the route's own chunk.
    modulePreload: false,
  },
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
          // A cap, not a wait: a passing test ends as soon as it is done. Vitest's 5 s default
          // would cut short Testing Library's 15 s cap (src/testing/setup.ts), and a route test
          // may wait for a lazy route more than once.
          testTimeout: 60_000,
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
          // Caps for a hung test, not budgets: the longest tests (twelve topic pages in a row,
          // axe on every topic) take about 20 s on an idle 2-core machine and 45 s on a busy one.
          // Each browser step has its own, smaller cap (STEP_TIMEOUT_MS in
          // scripts/lib/chromium.ts), so a hung step is named before the test times out.
          testTimeout: 240_000,
          // Launching Chromium, or the sub-path build in e2e/subpath.test.ts, on a loaded machine.
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
