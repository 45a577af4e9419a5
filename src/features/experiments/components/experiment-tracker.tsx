import { useId } from 'react';
import { useAppStore } from '@/store/app-store';
import { entryOf } from '@/store/format/record-map';
import { type Feeling, feelings } from '@/store/slices/experiments-slice';

const feelingLabels: Record<Feeling, string> = {
  energising: 'Energising',
  neutral: 'Neutral',
  draining: 'Draining',
};

/** "I tried this", how it felt and why: the reader's evidence for whether leading suits them. */
export function ExperimentTracker({
  topic,
  experiment,
}: {
  topic: string;
  experiment: { id: string; title: string };
}) {
  const log = useAppStore((state) => entryOf(state.experiments, experiment.id));
  const logExperiment = useAppStore((state) => state.logExperiment);
  const whyId = useId();
  const tried = Boolean(log?.tried);

  return (
    <div className="experiment-tracker">
      <label className="choice">
        <input
          type="checkbox"
          checked={tried}
          onChange={(event) => logExperiment(topic, experiment.id, { tried: event.target.checked })}
        />
        I tried this<span className="visually-hidden">: {experiment.title}</span>
      </label>
      {tried && (
        <div className="experiment-tracker__log">
          <fieldset className="choice-row">
            <legend>How did it feel?</legend>
            {feelings.map((feeling) => (
              <label key={feeling} className="choice">
                <input
                  type="radio"
                  name={`feeling-${experiment.id}`}
                  checked={log?.feeling === feeling}
                  onChange={() => logExperiment(topic, experiment.id, { feeling })}
                />
                {feelingLabels[feeling]}
              </label>
            ))}
          </fieldset>
          <label htmlFor={whyId} className="experiment-tracker__why-label">
            Why, in a line
          </label>
          <input
            id={whyId}
            type="text"
            className="text-input"
            maxLength={300}
            value={log?.why ?? ''}
            onChange={(event) => logExperiment(topic, experiment.id, { why: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}
