import { PRERENDERED_DATA_ID } from '../../src/app/prerendered-data.ts';

/**
 * One prerendered page's HTML, made from the client build's index.html (its stylesheet link, the
 * CSP, first-paint.js): the page's own head tags in place of the template's title and
 * description, its markup inside #root, and the data the browser's router starts from in a JSON
 * block (not executable, so the CSP needs no change).
 *
 * The template's entry <script> becomes <meta name="app-modules">: the entry and the chunks the
 * page needs, which public/first-paint.js loads once the page has painted. Fetched from the
 * start, 108 KB of JavaScript would share the network with the stylesheet and hold back the
 * first paint of prose that needs none of it (Lighthouse, mobile: LCP 1.66 s against 0.92 s).
 */
export type PageParts = {
  /** The rendered app, for inside <div id="root">. */
  html: string;
  /** <title>, description, canonical and Open Graph tags. */
  headTags: string;
  /** The JS chunks the page needs beyond the entry (its imports, its route's), as URLs. */
  preloads: readonly string[];
  /** What src/main.tsx reads to hydrate. */
  data: unknown;
};

const TITLE = /<title>[\s\S]*?<\/title>/;
const DESCRIPTION = /<meta\s+name="description"[\s\S]*?\/?>/;
const ROOT = '<div id="root"></div>';
const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * JSON inside <script type="application/json">: "</script>" or "<!--" in a string would end or
 * bend the element early, so every "<" is written as its JSON escape.
 */
export const jsonBlock = (id: string, value: unknown): string =>
  `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

export function pageHtml(template: string, page: PageParts): string {
  for (const [what, pattern] of [
    ['<title>', TITLE],
    ['entry <script type="module">', ENTRY],
    ['description meta', DESCRIPTION],
    [ROOT, ROOT],
    ['</head>', '</head>'],
  ] as const) {
    const found = typeof pattern === 'string' ? template.includes(pattern) : pattern.test(template);
    if (!found) throw new Error(`index.html has no ${what} for the prerender to fill`);
  }
  const entry = ENTRY.exec(template)?.[1] ?? '';
  const modules = [entry, ...page.preloads].join(' ');
  return template
    .replace(ENTRY, '')
    .replace(DESCRIPTION, '')
    .replace(TITLE, () => page.headTags)
    .replace('</head>', () => `  <meta name="app-modules" content="${modules}" />\n  </head>`)
    .replace(
      ROOT,
      () => `<div id="root">${page.html}</div>\n    ${jsonBlock(PRERENDERED_DATA_ID, page.data)}`,
    );
}
