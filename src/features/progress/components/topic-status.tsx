import { useAppStore } from '@/store/app-store';
import { selectStatus, statusLabels } from '../selectors';

/**
 * A topic's status, compact enough for a list of all twelve: the word for a started, finished
 * or skipped topic, and a hollow dot (named for screen readers) for one not started yet.
 */
export function TopicStatus({ topic }: { topic: string }) {
  const status = useAppStore(selectStatus(topic));
  if (status === 'not-started')
    return (
      <span className="topic-status topic-status--not-started">
        <span aria-hidden="true">○</span>
        <span className="visually-hidden">{statusLabels[status]}</span>
      </span>
    );
  return <span className={`topic-status topic-status--${status}`}>{statusLabels[status]}</span>;
}
