import { useEffect } from 'react';
import { jumpBehavior } from '@/lib/jump-scroll';

const findSection = (link: HTMLAnchorElement): HTMLElement | null => {
  try {
    return document.getElementById(decodeURIComponent(link.hash.slice(1)));
  } catch {
    return null; // a malformed #fragment: the browser's own jump, at once
  }
};

/**
 * A short jump to a section of this page (a table-of-contents link, say) glides there, so the
 * reader sees where it went; a long one, and every jump under prefers-reduced-motion, is at once.
 * The page scrolls smoothly only for the moment of that jump: a page-wide `scroll-behavior:
 * smooth` made every new page and Back animate through the whole article. This lives with the
 * topic page, the one page long enough to need it, not with every page's first load.
 */
export function useGentleJumps() {
  useEffect(() => {
    const root = document.documentElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      root.style.scrollBehavior = '';
    };
    const onClick = (event: MouseEvent) => {
      settle();
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link =
        event.target instanceof Element
          ? event.target.closest<HTMLAnchorElement>('a[href^="#"]')
          : null;
      const section = link ? findSection(link) : null;
      if (!section) return;
      const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      const distance = section.getBoundingClientRect().top;
      if (jumpBehavior(distance, window.innerHeight, reducedMotion ?? false) !== 'smooth') return;
      root.style.scrollBehavior = 'smooth';
      window.addEventListener('scrollend', settle, { once: true });
      // A cap, in case no scroll happens (the section is already in place) and no scrollend comes.
      timer = setTimeout(settle, 1_500);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('scrollend', settle);
      settle();
    };
  }, []);
}
