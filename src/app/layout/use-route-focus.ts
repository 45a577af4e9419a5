import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new page's heading (or to the section a
 * #hash names), so keyboard and screen-reader users start reading the new page, not the link
 * they left behind. The first load keeps the browser's own focus: the skip link comes first.
 */
export function useRouteFocus() {
  const { pathname, hash, key } = useLocation();
  const isFirstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` changes on every navigation, even to the same URL
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const target =
      (hash && document.getElementById(decodeURIComponent(hash.slice(1)))) ||
      document.querySelector<HTMLElement>('main h1');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // Scrolling is the router's (top of page) or ours (the #section, to the top of the view);
    // a focus() that scrolled too would cut a smooth scroll short and leave the section mid-screen.
    if (hash) target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [pathname, hash, key]);
}
