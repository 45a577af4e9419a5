import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TopicSummary } from '@/content/topic';

type Neighbours = {
  previous?: TopicSummary;
  next?: TopicSummary;
  hrefFor: (slug: string) => string;
};

const isTypingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** "[" and "]" move to the previous and next topic, except while the reader types in a field. */
export function useJourneyKeys({ previous, next, hrefFor }: Neighbours) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      const target = event.key === '[' ? previous : event.key === ']' ? next : undefined;
      if (!target) return;
      event.preventDefault();
      navigate(hrefFor(target.slug));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [previous, next, hrefFor, navigate]);
}

export function JourneyNav({ previous, next, hrefFor }: Neighbours) {
  useJourneyKeys({ previous, next, hrefFor });
  return (
    <nav aria-label="Previous and next topic" className="journey-nav no-print">
      {previous ? (
        <Link
          to={hrefFor(previous.slug)}
          className="journey-nav__link journey-nav__link--previous"
          rel="prev"
        >
          <span className="journey-nav__label">Previous topic</span>
          <span className="journey-nav__title">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          to={hrefFor(next.slug)}
          className="journey-nav__link journey-nav__link--next"
          rel="next"
        >
          <span className="journey-nav__label">Next topic</span>
          <span className="journey-nav__title">{next.title}</span>
        </Link>
      ) : (
        <span />
      )}
      <p className="journey-nav__hint muted">
        Tip: press <kbd>[</kbd> or <kbd>]</kbd> to move between topics.
      </p>
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
