import { useEffect, useId, useRef, useState } from 'react';
import type { CheckupItem } from '@/content/checkup-schema';
import type { AssessmentResult } from '@/store/format/schema';
import { scoreAreas } from '../lib/score';
import { AreaChart } from './area-chart';
import { chartRows } from './checkup-results';

type Props = {
  /** Results still kept, oldest first. */
  results: readonly AssessmentResult[];
  labels: ReadonlyMap<string, string>;
  items: readonly CheckupItem[];
  titleOf: (slug: string) => string;
  onDelete: (result: AssessmentResult) => void;
  onUndo: (result: AssessmentResult) => void;
};

/**
 * Every check-up kept, with its date: compare any two, or delete one (with Undo). The Undo
 * stays until the reader does something else here: no timer takes it away.
 */
export function CheckupHistory({ results, labels, items, titleOf, onDelete, onUndo }: Props) {
  const id = useId();
  const [deleted, setDeleted] = useState<AssessmentResult | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  // A check-up brought back by Undo: its Delete button takes focus once it is listed again, so
  // focus does not fall to the page when the Undo button goes.
  const [focusAfterUndo, setFocusAfterUndo] = useState<string | null>(null);
  useEffect(() => {
    if (!focusAfterUndo) return;
    const button = deleteButtons.current.get(focusAfterUndo);
    if (!button) return;
    button.focus();
    setFocusAfterUndo(null);
  });
  const latest = results.at(-1);
  const [fromId, setFromId] = useState<string>();
  const [toId, setToId] = useState<string>();
  const from = results.find((r) => r.id === fromId) ?? results.at(-2) ?? results[0];
  const to = results.find((r) => r.id === toId) ?? latest;
  const labelOf = (result: AssessmentResult) => labels.get(result.id) ?? result.takenAt;

  const remove = (result: AssessmentResult) => {
    onDelete(result);
    setDeleted(result);
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  return (
    <section aria-labelledby={`${id}-title`} className="checkup-history">
      <h2 id={`${id}-title`}>Your check-ups</h2>
      {results.length === 0 ? (
        <p>No check-ups kept in this browser.</p>
      ) : (
        <ul className="checkup-history__list">
          {[...results].reverse().map((result) => (
            <li key={result.id}>
              <span>{labelOf(result)}</span>{' '}
              <button
                ref={(button) => {
                  if (button) deleteButtons.current.set(result.id, button);
                  else deleteButtons.current.delete(result.id);
                }}
                type="button"
                className="link-button"
                onClick={() => remove(result)}
              >
                Delete<span className="visually-hidden"> the check-up of {labelOf(result)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="checkup-history__status">
        {deleted && (
          <p>
            Deleted the check-up of {labelOf(deleted)}.{' '}
            <button
              ref={undoButton}
              type="button"
              className="button"
              onClick={() => {
                onUndo(deleted);
                setFocusAfterUndo(deleted.id);
                setDeleted(null);
              }}
            >
              Undo
              <span className="visually-hidden"> deleting the check-up of {labelOf(deleted)}</span>
            </button>
          </p>
        )}
      </div>

      {results.length >= 2 && from && to && (
        <div className="checkup-history__compare">
          <h3>Compare two check-ups</h3>
          <div className="checkup-history__pickers">
            {(
              [
                ['From', from.id, setFromId],
                ['To', to.id, setToId],
              ] as const
            ).map(([name, value, choose]) => (
              <label key={name}>
                {name}{' '}
                <select value={value} onChange={(event) => choose(event.target.value)}>
                  {results.map((result) => (
                    <option key={result.id} value={result.id}>
                      {labelOf(result)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <AreaChart
            rows={chartRows(
              scoreAreas(items, to.answers),
              scoreAreas(items, from.answers),
              titleOf,
            )}
            title="Two check-ups compared"
            caption={`Bars are your check-up of ${labelOf(to)}; the thin marks, ${labelOf(from)}.`}
            previousLabel={`check-up of ${labelOf(from)}`}
          />
        </div>
      )}
    </section>
  );
}
