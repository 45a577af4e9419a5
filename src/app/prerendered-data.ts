/** The not-found page's stand-in path: it is written as 404.html, for any unknown address. */
export const NOT_FOUND_PATH = '*';

/** The id of the JSON block a prerendered page carries (scripts/prerender/page-html.ts). */
export const PRERENDERED_DATA_ID = 'prerendered-data';

/** What src/main.tsx reads from a prerendered page to hydrate it. */
export type PrerenderedData = {
  /** The path the page was rendered for (relative to the base), or "*" for 404.html. */
  path: string;
  /** The routes' loader data, so no loader runs again in the browser: JSON only. */
  loaderData: Record<string, unknown>;
};

/**
 * Whether a page's HTML was prerendered for the address it is shown at, so the browser may
 * hydrate it. Hosts serve a folder's index.html for "/about/" too, so a trailing slash does not
 * count. 404.html answers any unknown address: it is this address's page only where nothing but
 * the catch-all route matches (`leafRoutePath` "*"); "/topics/typo" is a real route's address.
 */
export function isPrerenderedFor(
  renderedPath: string,
  pathname: string,
  basename: string,
  leafRoutePath: string | undefined,
): boolean {
  if (renderedPath === NOT_FOUND_PATH) return leafRoutePath === NOT_FOUND_PATH;
  const here = `/${pathname.slice(basename.length)}`.replace(/(.)\/$/, '$1');
  return renderedPath === here;
}
