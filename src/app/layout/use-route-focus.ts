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
 * #hash names, or to the element the navigation's state names: a search result for one of the
 * reader's answers opens its text box), so keyboard and screen-reader users start reading the new
 * page, not the link they left behind. The first load keeps the browser's own focus: the skip
 * link comes first. A page that only rewrites its own query string (a search field updating ?q=)
 * keeps focus where the reader is typing.
 */
export function useRouteFocus() {
  const { pathname, hash, key, state } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef<{ pathname: string; hash: string } | null>(null);
  // What a link asked to focus on arrival: `navigate(href, { state: { focus: id } })`.
  const focusId: unknown = state?.focus;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` changes on every navigation, even to the same URL
  useEffect(() => {
    const last = previous.current;
    previous.current = { pathname, hash };
    if (!last) return;
    const samePlace = last.pathname === pathname && last.hash === hash;
    if (samePlace && navigationType === 'REPLACE') return;
    const requested = typeof focusId === 'string' ? document.getElementById(focusId) : null;
    const target = requested ?? findTarget(hash);
    if (!target) return;
    // Headings and sections take focus from script only; a text box is focusable already, and a
    // tabindex of -1 would take it out of the Tab order.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex'))
      target.setAttribute('tabindex', '-1');
    // Scrolling is the router's (top of page) or ours (the #section, to the top of the view; a
    // text box to the middle, its prompt above it); a focus() that scrolled too would cut a smooth
    // scroll short and leave the section mid-screen.
    if (requested) target.scrollIntoView({ block: 'center' });
    else if (hash) target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [pathname, hash, key, navigationType, focusId]);
}
