/**
 * Links in topic prose to the app's own pages (compiled with class "app-link" by
 * scripts/topics/compile-topic.ts). They are written from the app's root ("/assessment");
 * sources are https, so every root-relative href is the app's.
 */

/** The prose's HTML with each app link under the base ("/" or "/some/path/"). */
export const withBase = (html: string, base: string): string =>
  html.replaceAll('href="/', `href="${base}`);

/**
 * Where the router should go for this click, or null when the browser should handle it: not an
 * app link, already handled, or a modified or middle click (new tab, new window, download).
 */
export function appLinkTarget(event: MouseEvent, base: string): string | null {
  const link = (event.target as Element | null)?.closest?.('a.app-link');
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented) return null;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const root = base.replace(/\/$/, '');
  return `${link.pathname.slice(root.length)}${link.search}${link.hash}`;
}
