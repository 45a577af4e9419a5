import type { ManifestTransform } from 'workbox-build';

/**
 * A prerendered page is written as `about/index.html` and asked for as `/about`. Workbox looks a
 * navigation up by its URL (trying `/about/index.html` only for `/about/`), so each page enters
 * the precache under the address readers use. The home page stays `index.html`, which Workbox
 * serves for `/`.
 */
export const pageUrl = (url: string): string =>
  url.endsWith('/index.html') ? url.slice(0, -'/index.html'.length) : url;

export const cleanPageUrls: ManifestTransform = async (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, url: pageUrl(entry.url) })),
  warnings: [],
});
