import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TopicSummary } from '@/content/topic';
import { ownsKeys } from '@/lib/owns-keys';
import { useAppStore } from '@/store/app-store';
import { selectSingleKeyShortcuts } from '@/store/slices/preferences-slice';

type Neighbours = {
  previous?: TopicSummary;
  next?: TopicSummary;
  hrefFor: (slug: string) => string;
};

/**
 * "[" and "]" move to the previous and next topic, except while the reader types in a field or
 * is in a dialog, or once they have turned single-key shortcuts off (WCAG 2.1.4: speech input
 * can type them).
 */
export function useJourneyKeys({ previous, next, hrefFor }: Neighbours) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKeys(event.target)) return;
      if (!selectSingleKeyShortcuts(useAppStore.getState())) return;
      const target = event.key === '[' ? previous : event.key === ']' ? next : undefined;
      if (!target) return;
      event.preventDefault();
      navigate(hrefFor(target.slug));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [previous, next, hrefFor, navigate]);
}

function NeighbourLink({
  topic,
  direction,
  hrefFor,
}: {
  topic?: TopicSummary;
  direction: 'previous' | 'next';
  hrefFor: (slug: string) => string;
}) {
  // An empty cell keeps "Next" in the right-hand column on the first topic.
  if (!topic) return <span />;
  return (
    <Link
      to={hrefFor(topic.slug)}
      className={`journey-nav__link journey-nav__link--${direction}`}
      rel={direction === 'previous' ? 'prev' : 'next'}
    >
      <span className="journey-nav__label">
        {direction === 'previous' ? 'Previous topic' : 'Next topic'}
      </span>
      <span className="journey-nav__title">{topic.title}</span>
    </Link>
  );
}

export function JourneyNav({ previous, next, hrefFor }: Neighbours) {
  useJourneyKeys({ previous, next, hrefFor });
  const keysOn = useAppStore(selectSingleKeyShortcuts);
  return (
    <nav aria-label="Previous and next topic" className="journey-nav no-print">
      <NeighbourLink topic={previous} direction="previous" hrefFor={hrefFor} />
      <NeighbourLink topic={next} direction="next" hrefFor={hrefFor} />
      {keysOn && (
        <p className="journey-nav__hint muted">
          Tip: press <kbd>[</kbd> or <kbd>]</kbd> to move between topics.
        </p>
      )}
    </nav>
  );
}

export function RelatedTopics({
  topics,
  hrefFor,
}: {
  topics: TopicSummary[];
  hrefFor: (slug: string) => string;
}) {
  return (
    <section aria-labelledby="related-topics" className="topic-part no-print">
      <h2 id="related-topics">Related topics</h2>
      <ul className="related">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link to={hrefFor(topic.slug)}>{topic.title}</Link>
            <span className="muted"> · {topic.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
