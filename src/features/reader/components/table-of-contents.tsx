import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import type { TopicSection } from '@/content/topic';
import { useCurrentSection } from '../use-current-section';

export type TocEntry = Pick<TopicSection, 'id' | 'title'>;

/**
 * "On this page": a sidebar on wide screens; below that (see index.css) a sticky bar at the top
 * of the article whose button opens the list, so a reader deep in a long page can still reach it.
 * Choosing an entry closes the list and lets the link jump to its section.
 */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const current = useCurrentSection(ids);
  const currentTitle = entries.find((entry) => entry.id === current)?.title;
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <nav
      aria-labelledby="toc-title"
      className="toc no-print"
      data-open={open || undefined}
      onKeyDown={onKeyDown}
    >
      <h2 id="toc-title" className="toc__title">
        On this page
      </h2>
      <button
        ref={toggle}
        type="button"
        className="toc__toggle disclosure-toggle"
        aria-expanded={open}
        aria-controls="toc-list"
        onClick={() => setOpen(!open)}
      >
        <span>On this page</span>
        {currentTitle && <span className="toc__current">{currentTitle}</span>}
      </button>
      <ol id="toc-list" className="toc__list disclosure-panel">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              aria-current={entry.id === current ? 'location' : undefined}
              onClick={() => {
                setOpen(false);
                // The list closes under the link on a phone: focus follows the reader to the
                // section, while the link's own jump does the scrolling.
                document.getElementById(entry.id)?.focus({ preventScroll: true });
              }}
            >
              {entry.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
