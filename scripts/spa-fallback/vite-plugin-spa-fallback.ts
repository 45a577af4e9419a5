import type { Plugin } from 'vite';

/**
 * Writes 404.html, a copy of the built index.html. Static hosts that serve 404.html for unknown
 * paths (GitHub Pages, among others) then start the app, whose router shows the right page for
 * deep links.
 *
 * Vite 8 runs normal plugins' generateBundle before its own HTML plugin has put index.html in
 * the bundle, so this plugin runs in the post phase, where the final index.html (assets hashed,
 * base applied) is there to copy. Without index.html the build fails rather than ship a site
 * whose deep links 404.
 */
export const spaFallbackPlugin = (): Plugin => ({
  name: 'debugging-leadership:404-fallback',
  apply: 'build',
  enforce: 'post',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') {
        this.error('index.html is not in the bundle, so 404.html cannot be written');
      }
      this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  },
});
