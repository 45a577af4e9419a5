/**
 * With no connection, a link to another site would open a tab with the browser's error page.
 * Followed offline, it stays put and the reader is told why (through `tell`); online, and for
 * every link to this app, nothing changes. Links open in a new tab whatever the click, so a
 * modified click is held back as well.
 */
export function holdLinksWhileOffline(
  target: Document,
  tell: (host: string, link: HTMLAnchorElement) => void,
): () => void {
  const onClick = (event: MouseEvent) => {
    if (navigator.onLine || event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = new URL(link.href, location.href);
    if (url.origin === location.origin) return;
    event.preventDefault();
    tell(url.host, link);
  };
  // Middle-click opens a link through `auxclick`, not `click`.
  target.addEventListener('click', onClick);
  target.addEventListener('auxclick', onClick);
  return () => {
    target.removeEventListener('click', onClick);
    target.removeEventListener('auxclick', onClick);
  };
}
