import { useState } from 'react';
import { HeldTextAlert } from '@/components/ui/held-text-alert';
import { useLengthLimit } from '@/lib/use-length-limit';
import { useAppStore } from '@/store/app-store';
import { EXPERIMENT_WHY_MAX_LENGTH } from '@/store/format/limits';
import { entryOf } from '@/store/format/record-map';
import { type Feeling, feelings } from '@/store/slices/experiments-slice';
import { newNoteId } from '@/store/slices/notes-slice';

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
  const saveNote = useAppStore((state) => state.saveNote);
  // Stable, so a search result for this line can open the field (features/search/notes-docs).
  const whyId = `why-${experiment.id}`;
  const tried = Boolean(log?.tried);
  const why = log?.why ?? '';
  const limit = useLengthLimit(EXPERIMENT_WHY_MAX_LENGTH);
  const [kept, setKept] = useState(false);

  return (
    <div className="experiment-tracker js-only">
      <label className="choice">
        <input
          type="checkbox"
          checked={tried}
          onChange={(event) => logExperiment(topic, experiment.id, { tried: event.target.checked })}
        />
        I tried this<span className="visually-hidden">: {experiment.title}</span>
      </label>
      {tried && (
        // On paper the controls go and the reader's log stays with its experiment, as plain text.
        // On screen it is display: none (so not read twice); the fields below say the same.
        <p className="experiment-tracker__print">
          Tried{log?.feeling ? `: felt ${feelingLabels[log.feeling].toLowerCase()}` : ''}
          {why.trim() ? `. ${why.trim()}` : '.'}
        </p>
      )}
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
            value={why}
            onChange={(event) => {
              const text = limit.accept(why, event.target.value, event.target.selectionEnd);
              setKept(false);
              if (text !== null) logExperiment(topic, experiment.id, { why: text });
            }}
          />
          {limit.held !== '' && (
            <HeldTextAlert
              limit={EXPERIMENT_WHY_MAX_LENGTH}
              held={limit.held.length}
              what="This line"
              onKeep={() => {
                for (const piece of limit.release())
                  saveNote({ id: newNoteId(), topic, body: piece });
                setKept(true);
              }}
            />
          )}
          {kept && (
            <p role="status" className="muted">
              Saved as a new note under “Your notes” on this topic.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
