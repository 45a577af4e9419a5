import { useEffect, useState } from 'react';
import { currentHeadingIndex, READING_LINE } from '@/lib/scroll-position';

/**
 * The id of the heading the reader is in: the last of `ids` whose heading has crossed the
 * reading line. An IntersectionObserver wakes it only when a heading or its section crosses the
 * band above that line, so nothing runs on plain scrolling. Sections are watched as well as
 * headings because a long jump (a link, Home, End) can carry every heading past the band between
 * two frames without any of them touching it, while the section now under the line always changes.
 */
export function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string>();
  const key = ids.join(' ');

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const headings = key
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null);
    if (headings.length === 0) return;

    const update = () => {
      const line = window.innerHeight * READING_LINE;
      const tops = headings.map((heading) => heading.getBoundingClientRect().top);
      setCurrent(headings[currentHeadingIndex(tops, line)]?.id);
    };
    const observer = new IntersectionObserver(update, {
      rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px`,
    });
    for (const heading of headings) {
      observer.observe(heading);
      const section = heading.closest('section');
      if (section) observer.observe(section);
    }
    // A jump from the top straight to the end (End, or a drag of the scrollbar) can leave every
    // watched element outside the band both before and after, so no crossing is ever reported;
    // the end of each scroll settles it. Once per scroll, not per frame.
    window.addEventListener('scrollend', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('scrollend', update);
    };
  }, [key]);

  return current;
}
