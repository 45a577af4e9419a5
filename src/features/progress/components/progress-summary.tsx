import { useId } from 'react';
import { useAppStore } from '@/store/app-store';
import { selectDoneCount, selectStatus, statusLabels } from '../selectors';

/** "N of M topics done" with a progress bar that carries the same words for screen readers. */
export function ProgressSummary({ topics, label }: { topics: readonly string[]; label?: string }) {
  const done = useAppStore(selectDoneCount(topics));
  const id = useId();
  const text = `${done} of ${topics.length} topics done`;
  return (
    <div className="progress-summary">
      <span id={id} className="progress-summary__text">
        {label ? `${label}: ` : ''}
        {text}
      </span>
      <progress
        className="progress-summary__bar"
        max={topics.length}
        value={done}
        aria-labelledby={id}
      />
    </div>
  );
}

export function StatusBadge({ topic }: { topic: string }) {
  const status = useAppStore(selectStatus(topic));
  if (status === 'not-started') return null;
  return <span className={`status-badge status-badge--${status}`}>{statusLabels[status]}</span>;
}
