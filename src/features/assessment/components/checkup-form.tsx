import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { CheckupItem } from '@/content/checkup-schema';
import { type CheckupDraft, readDraft, writeDraft } from '@/features/assessment/lib/checkup-draft';
import { levelOf } from '@/features/assessment/lib/score';
import { EVIDENCE_MAX_LENGTH } from '@/store/format/limits';
import type { AssessmentAnswer } from '@/store/format/schema';

export type CheckupArea = { slug: string; title: string; items: readonly CheckupItem[] };

type Draft = CheckupDraft;

const NOT_APPLICABLE = 'Not applicable to me now';

/**
 * The check-up: for each item, the one statement the reader recognises (or "Not applicable") and
 * an optional line of evidence. Nothing is saved until they ask for their results; an item left
 * unanswered counts like "Not applicable".
 */
export function CheckupForm({
  areas,
  onComplete,
  onStarted,
  focusOnMount = false,
}: {
  areas: readonly CheckupArea[];
  onComplete: (answers: Record<string, AssessmentAnswer>) => void;
  /**
   * Called once the reader has chosen or typed anything: the page then keeps the form open even
   * if a check-up finished in another tab arrives, so nothing chosen here is thrown away.
   */
  onStarted?: () => void;
  /** A retake replaces the results the reader was on: focus goes to the form's heading. */
  focusOnMount?: boolean;
}) {
  const [draft, setDraft] = useState<Draft>({});
  const [problem, setProblem] = useState<string>();
  const [tooLong, setTooLong] = useState<string>();
  const problemRef = useRef<HTMLParagraphElement>(null);
  const formId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The draft kept in this tab comes back after a reload or a page away and back; read in an
  // effect, so a server render and the first client render agree on an empty form.
  const restored = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form first shows
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
    const kept = readDraft();
    restored.current = true;
    if (Object.keys(kept).length === 0) return;
    setDraft(kept);
    onStarted?.();
  }, []);
  useEffect(() => {
    if (restored.current) writeDraft(draft);
  }, [draft]);
  const total = areas.reduce((sum, area) => sum + area.items.length, 0);
  const answered = Object.values(draft).filter((entry) => entry.choice !== undefined).length;

  const update = (id: string, change: Partial<Draft[string]>) => {
    onStarted?.();
    setDraft((current) => ({
      ...current,
      [id]: { evidence: '', ...current[id], ...change },
    }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const answers: Record<string, AssessmentAnswer> = {};
    for (const area of areas)
      for (const item of area.items) {
        const entry = draft[item.id];
        if (entry?.choice === undefined) continue;
        const evidence = entry.evidence.trim();
        answers[item.id] = {
          level: entry.choice === 'n/a' ? null : levelOf(item, entry.choice),
          ...(evidence ? { evidence } : {}),
        };
      }
    if (Object.values(answers).every((answer) => answer.level === null)) {
      setProblem(
        'Choose a statement for at least one item: with none, there is nothing to show you.',
      );
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    setProblem(undefined);
    writeDraft({});
    onComplete(answers);
  };

  return (
    <form
      className="checkup-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={onSubmit}
      noValidate
    >
      <h2 id={`${formId}-title`} ref={heading} tabIndex={-1}>
        Take the check-up
      </h2>
      <p>
        {total} items, two for each fear and practice area. For each, pick the statement closest to
        what you actually did in the last month or two, not what you would like to be true. Add a
        line of evidence if one comes to mind: it helps when you compare later.
      </p>
      {areas.map((area) => (
        <section
          key={area.slug}
          className="checkup-form__area"
          aria-labelledby={`${formId}-${area.slug}`}
        >
          <h3 id={`${formId}-${area.slug}`}>{area.title}</h3>
          {area.items.map((item) => {
            const entry = draft[item.id];
            const evidenceId = `${formId}-${item.id}-evidence`;
            return (
              <fieldset key={item.id} className="checkup-item">
                <legend className="checkup-item__question">{item.question}</legend>
                <div className="checkup-item__choices">
                  {item.statements.map((statement, index) => (
                    <label key={statement} className="choice checkup-item__choice">
                      <input
                        type="radio"
                        name={`${formId}-${item.id}`}
                        checked={entry?.choice === index}
                        onChange={() => update(item.id, { choice: index })}
                      />
                      {statement}
                    </label>
                  ))}
                  <label className="choice checkup-item__choice checkup-item__choice--na">
                    <input
                      type="radio"
                      name={`${formId}-${item.id}`}
                      checked={entry?.choice === 'n/a'}
                      onChange={() => update(item.id, { choice: 'n/a' })}
                    />
                    {NOT_APPLICABLE}
                  </label>
                </div>
                <label htmlFor={evidenceId} className="checkup-item__evidence-label">
                  Evidence, in a line (optional)
                  <span className="visually-hidden">, for “{item.question}”</span>
                </label>
                <input
                  id={evidenceId}
                  type="text"
                  className="text-input"
                  value={entry?.evidence ?? ''}
                  onChange={(event) => {
                    // Longer than a line of evidence holds: the edit is not applied (a browser's
                    // maxLength would drop the end of a paste without a word).
                    const tooLongHere = event.target.value.length > EVIDENCE_MAX_LENGTH;
                    setTooLong(tooLongHere ? item.id : undefined);
                    if (tooLongHere) return;
                    update(item.id, { evidence: event.target.value });
                  }}
                  aria-describedby={`${formId}-evidence-hint`}
                />
                {tooLong === item.id && (
                  <p role="alert" className="form-problem">
                    A line of evidence holds up to {EVIDENCE_MAX_LENGTH} characters, so that change
                    was not added. Keep the longer story in a note on the topic.
                  </p>
                )}
              </fieldset>
            );
          })}
        </section>
      ))}
      <p id={`${formId}-evidence-hint`} className="muted">
        A line of evidence holds up to {EVIDENCE_MAX_LENGTH} characters.
      </p>
      {problem && (
        <p ref={problemRef} tabIndex={-1} role="alert" className="form-problem">
          {problem}
        </p>
      )}
      <div className="checkup-form__actions">
        <button type="submit" className="button button--primary">
          See my results
        </button>
        <span className="muted">
          {answered} of {total} answered
        </span>
      </div>
    </form>
  );
}
