import { useAppStore } from '@/store/app-store';
import { readingStatuses } from '@/store/slices/progress-slice';
import { selectStatus, statusLabels } from '../selectors';

export function StatusControl({ topic }: { topic: string }) {
  const status = useAppStore(selectStatus(topic));
  const setStatus = useAppStore((state) => state.setStatus);
  return (
    <fieldset className="status-control js-only">
      <legend>Reading status</legend>
      {readingStatuses.map((option) => (
        <label key={option} className={`status-control__option status-control__option--${option}`}>
          <input
            type="radio"
            name={`status-${topic}`}
            value={option}
            checked={status === option}
            onChange={() => setStatus(topic, option)}
          />
          {statusLabels[option]}
        </label>
      ))}
    </fieldset>
  );
}
