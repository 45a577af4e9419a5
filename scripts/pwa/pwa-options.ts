import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';
import { THEME_BACKGROUNDS } from '../../src/features/theme/lib/resolve-theme.ts';
import { cleanPageUrls } from './clean-page-urls.ts';

/**
 * start_url and scope are left to vite-plugin-pwa, which sets both to the base: a BASE_PATH build
 * installs under its path. `color_scheme_dark` is the manifest standard's newer member for the
 * dark theme's colours (w3c/manifest PR #1207), not yet in the plugin's types; browsers without
 * it use index.html's theme-color tags, one per scheme.
 */
const manifest: Partial<ManifestOptions> & {
  color_scheme_dark: Pick<ManifestOptions, 'theme_color' | 'background_color'>;
} = {
  name: 'Debugging Leadership',
  short_name: 'Leadership',
  description:
    'A self-paced guide for engineers deciding whether to move from individual contributor to technical leader or manager.',
  display: 'standalone',
  theme_color: THEME_BACKGROUNDS.light,
  background_color: THEME_BACKGROUNDS.light,
  color_scheme_dark: {
    theme_color: THEME_BACKGROUNDS.dark,
    background_color: THEME_BACKGROUNDS.dark,
  },
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    {
      src: 'icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
};

/**
 * An address whose path ends in a file extension (/robots.txt, /x.pdf?v=2): not a page, so no
 * not-found page for it. Workbox tests the path and the query together, so the query is allowed
 * for but not looked into (a page's ?from=a.b stays a page).
 */
export const FILE_ADDRESS = /^[^?]*\.[a-z0-9]+(?:\?.*)?$/i;

/**
 * The service worker and web app manifest (README, "Offline and installable"). The worker is
 * Workbox's, generated at build time: it precaches every file a reader needs and serves it with
 * no network. It waits for the reader's "Reload" to take over (registerType 'prompt'; the app
 * registers it itself, after the page has loaded, so injectRegister is off).
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  manifest,
  workbox: {
    // Everything the build writes: pages, route chunks, the search index (a chunk), CSS, the
    // favicon. vite-plugin-pwa adds the manifest and its icons itself (twice would conflict).
    globPatterns: ['**/*.{js,css,html,svg,txt}'],
    // The search index is the largest file (about 430 KB); it has to be in.
    maximumFileSizeToCacheInBytes: 2_000_000,
    manifestTransforms: [cleanPageUrls],
    // /search?q=… is the search page: any query string opens the precached page.
    ignoreURLParametersMatching: [/./],
    // An address that is no page gets the not-found page, as the server would answer it; the
    // app then shows the page itself if the address is one (main.tsx). Files are not pages.
    navigateFallback: '404.html',
    navigateFallbackDenylist: [FILE_ADDRESS],
    // On the first visit there is no old worker: take the page over at once, so a reader who
    // goes offline before reloading still gets every chunk. Updates still wait for "Reload".
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
};
