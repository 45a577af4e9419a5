import { useEffect, useRef } from 'react';
import { useAppStore } from '@/store/app-store';
import type { ReadingStatus } from '@/store/slices/progress-slice';
import { selectAnsweredCount, selectStatus, selectTriedCount } from '../selectors';

const statusLines: Record<ReadingStatus, string> = {
  'not-started': 'Status: not started.',
  'in-progress': 'Status: in progress.',
  done: 'Status: done. This topic counts towards your journey.',
  skipped: 'Status: skipped. It stays in the journey for when you want it.',
};

/**
 * The end of a topic, where a reader finishes: what they answered and tried, and "Mark as done"
 * or "Skip this topic" (each undoable) right where they are, not back at the top of the page.
 */
export function TopicEnd({
  topic,
  answerIds,
  experimentIds,
}: {
  topic: string;
  answerIds: readonly string[];
  experimentIds: readonly string[];
}) {
  const status = useAppStore(selectStatus(topic));
  const answered = useAppStore(selectAnsweredCount(answerIds));
  const tried = useAppStore(selectTriedCount(experimentIds));
  const setStatus = useAppStore((state) => state.setStatus);
  const actions = useRef<HTMLDivElement>(null);
  const changed = useRef(false);

  // The pressed button gives way to its undo: focus moves to it rather than falling to the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the status changes
  useEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    actions.current?.querySelector('button')?.focus();
  }, [status]);

  const change = (next: ReadingStatus) => {
    changed.current = true;
    setStatus(topic, next);
  };
  const finished = status === 'done' || status === 'skipped';

  return (
    <section aria-labelledby="topic-end-title" className="topic-end card">
      <h2 id="topic-end-title" className="topic-end__title">
        End of this topic
      </h2>
      <ul className="topic-end__counts">
        <li>
          Reflections answered: {answered} of {answerIds.length}
        </li>
        <li>
          Experiments tried: {tried} of {experimentIds.length}
        </li>
      </ul>
      <p role="status" className="topic-end__status">
        {statusLines[status]}
      </p>
      <div className="actions js-only" ref={actions}>
        {status === 'done' && (
          <button type="button" className="button" onClick={() => change('in-progress')}>
            Mark as not done
          </button>
        )}
        {status === 'skipped' && (
          <button type="button" className="button" onClick={() => change('in-progress')}>
            Back to reading
          </button>
        )}
        {!finished && (
          <>
            <button type="button" className="button button--primary" onClick={() => change('done')}>
              Mark as done
            </button>
            <button type="button" className="button" onClick={() => change('skipped')}>
              Skip this topic
            </button>
          </>
        )}
      </div>
    </section>
  );
}
