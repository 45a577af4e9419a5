import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const findTarget = (hash: string): HTMLElement | null => {
  if (hash) {
    try {
      const section = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (section) return section;
    } catch {
      // A malformed #fragment (say "#%"): fall back to the page heading.
    }
  }
  return document.querySelector<HTMLElement>('main h1');
};

/**
 * After a client-side navigation, moves focus to the new page's heading (or to the section a
 * #hash names), so keyboard and screen-reader users start reading the new page, not the link
 * they left behind. The first load keeps the browser's own focus: the skip link comes first.
 * A page that only rewrites its own query string (a search field updating ?q=) keeps focus
 * where the reader is typing.
 */
export function useRouteFocus() {
  const { pathname, hash, key } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef<{ pathname: string; hash: string } | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` changes on every navigation, even to the same URL
  useEffect(() => {
    const last = previous.current;
    previous.current = { pathname, hash };
    if (!last) return;
    const samePlace = last.pathname === pathname && last.hash === hash;
    if (samePlace && navigationType === 'REPLACE') return;
    const target = findTarget(hash);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // Scrolling is the router's (top of page) or ours (the #section, to the top of the view);
    // a focus() that scrolled too would cut a smooth scroll short and leave the section mid-screen.
    if (hash) target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [pathname, hash, key, navigationType]);
}
