import type { Plugin } from 'vite';

type PwaApi = { generateSW: () => Promise<unknown> };

/**
 * vite-plugin-pwa writes the service worker when the client bundle closes, before the prerender
 * (scripts/prerender) has written the pages, so that worker would precache the bare template and
 * no page. This runs after every other build step (`buildApp`, order 'post') and writes the
 * worker again from the finished folder, pages included.
 */
export const precachePagesPlugin = (): Plugin => ({
  name: 'debugging-leadership:precache-pages',
  apply: 'build',
  buildApp: {
    order: 'post',
    async handler(builder) {
      const pwa = builder.config.plugins.find((plugin) => plugin.name === 'vite-plugin-pwa');
      const api = pwa?.api as PwaApi | undefined;
      if (!api) throw new Error('precachePagesPlugin needs vite-plugin-pwa in the plugin list');
      await api.generateSW();
    },
  },
});
