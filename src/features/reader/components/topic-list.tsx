import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { Link } from 'react-router';

export type TopicListStage = {
  id: string;
  number: number;
  title: string;
  topics: readonly { slug: string; title: string }[];
};

/**
 * Every topic, by stage, with its status: a sidebar on wide screens, an "All topics" menu in the
 * sticky bar below that (see index.css). The topic on screen is marked aria-current="page".
 * Statuses come from the route through renderStatus, since reader and progress are features
 * that do not import each other.
 */
export function TopicList({
  stages,
  current,
  hrefFor,
  renderStatus,
}: {
  stages: readonly TopicListStage[];
  current: string;
  hrefFor: (slug: string) => string;
  renderStatus: (slug: string) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const listId = useId();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <nav
      aria-labelledby={titleId}
      className="topic-list no-print"
      data-open={open || undefined}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="toc__title topic-list__title">
        All topics
      </h2>
      <button
        ref={toggle}
        type="button"
        className="topic-list__toggle disclosure-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        All topics
      </button>
      <ol id={listId} className="topic-list__stages disclosure-panel">
        {stages.map((stage) => (
          <li key={stage.id}>
            <span className="topic-list__stage">
              {stage.number}. {stage.title}
            </span>
            <ol className="topic-list__topics">
              {stage.topics.map((topic) => (
                <li key={topic.slug}>
                  <Link
                    to={hrefFor(topic.slug)}
                    aria-current={topic.slug === current ? 'page' : undefined}
                    onClick={() => setOpen(false)}
                  >
                    <span className="topic-list__name">{topic.title}</span>{' '}
                    {renderStatus(topic.slug)}
                  </Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
