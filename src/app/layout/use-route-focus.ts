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
    target.focus({ preventScroll: !hash });
  }, [pathname, hash, key]);
}
