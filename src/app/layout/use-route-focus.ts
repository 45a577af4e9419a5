import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { jumpBehavior } from '@/lib/jump-scroll';

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
  // Where the page was when the reader clicked a same-page #link: by the time the new location
  // renders, the browser and the router have already jumped there at once.
  const jumpFrom = useRef<number | null>(null);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      jumpFrom.current = link ? window.scrollY : null;
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` changes on every navigation, even to the same URL
  useEffect(() => {
    const last = previous.current;
    previous.current = { pathname, hash };
    const from = jumpFrom.current;
    jumpFrom.current = null;
    if (!last) return;
    const samePlace = last.pathname === pathname && last.hash === hash;
    if (samePlace && navigationType === 'REPLACE') return;
    const target = findTarget(hash);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // Scrolling is the router's (top of page, or a saved position on Back) or ours (the #section,
    // to the top of the view). Only a short jump within the page glides, from where the reader
    // was; a focus() that scrolled too would cut that short and leave the section mid-screen.
    if (hash) {
      const inPage = from !== null && last.pathname === pathname;
      const behavior = inPage
        ? jumpBehavior(
            target.getBoundingClientRect().top + window.scrollY - from,
            window.innerHeight,
            window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
          )
        : 'instant';
      if (inPage && behavior === 'smooth') window.scrollTo({ top: from, behavior: 'instant' });
      target.scrollIntoView({ block: 'start', behavior });
    }
    target.focus({ preventScroll: true });
  }, [pathname, hash, key, navigationType]);
}
