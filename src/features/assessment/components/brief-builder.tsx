import { type FormEvent, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { downloadText } from '@/lib/download';
import { BRIEF_FIELD_MAX_LENGTH } from '@/store/format/limits';
import { answerStart } from '../lib/brief';

/** The three fields the reader fills in on the spot; `nextCheckIn` is YYYY-MM-DD or ''. */
export type BriefDraftFields = { ask: string; feedback: string; nextCheckIn: string };

/** A note the reader may put in the brief. */
export type BriefNoteChoice = { id: string; topicTitle: string; prompt?: string; body: string };

/** Notes by topic, topics in the order their first note comes. */
const byTopic = (notes: readonly BriefNoteChoice[]) => {
  const groups = new Map<string, BriefNoteChoice[]>();
  for (const note of notes)
    groups.set(note.topicTitle, [...(groups.get(note.topicTitle) ?? []), note]);
  return [...groups];
};

/**
 * Builds the 1:1 brief: the reader picks notes (none until they tick one), fills three fields,
 * previews the Markdown as plain text, then downloads or prints it. Plain data and callbacks in:
 * the route owns the store and writes the Markdown (`makeMarkdown`), so this stays a form.
 */
export function BriefBuilder({
  notes,
  draft,
  onDraftChange,
  makeMarkdown,
  fileName,
}: {
  notes: readonly BriefNoteChoice[];
  /** The fields as kept (controlled): an edit in another tab shows here too. */
  draft: BriefDraftFields;
  onDraftChange: (draft: BriefDraftFields) => void;
  makeMarkdown: (draft: BriefDraftFields, pickedNoteIds: string[]) => string;
  fileName: string;
}) {
  const id = useId();
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const [previewShown, setPreviewShown] = useState(false);
  const [printing, setPrinting] = useState(false);
  // In the notes' own order, whatever order they were ticked in.
  const pickedIds = notes.filter((note) => picked.has(note.id)).map((note) => note.id);

  const [tooLong, setTooLong] = useState(false);

  const change = (field: keyof BriefDraftFields, value: string) => {
    // An edit past what a field keeps is not applied (a browser's maxLength would cut a paste
    // short without a word); the reader is told, and their text stays as it was.
    setTooLong(value.length > BRIEF_FIELD_MAX_LENGTH);
    if (value.length > BRIEF_FIELD_MAX_LENGTH) return;
    onDraftChange({ ...draft, [field]: value });
  };
  const toggle = (noteId: string, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(noteId);
      else next.delete(noteId);
      return next;
    });

  const preview = (event: FormEvent) => {
    event.preventDefault();
    // Rendered now, so focus can move to it: a screen reader hears the preview, not silence.
    flushSync(() => setPreviewShown(true));
    previewHeading.current?.focus();
  };
  const download = () => downloadText(fileName, makeMarkdown(draft, pickedIds), 'text/markdown');
  const print = () => {
    // The print stylesheet prints only the marked preview (src/styles/index.css, "1:1 brief").
    // Some browsers return from print() before printing, so the mark goes after the dialog.
    flushSync(() => {
      setPreviewShown(true);
      setPrinting(true);
    });
    window.addEventListener('afterprint', () => setPrinting(false), { once: true });
    window.print();
  };

  return (
    <section className="brief-builder" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Brief for your next 1:1</h2>
      <p className="brief-builder__lede">
        One page to take to your manager or mentor: your latest check-up and its change, the
        experiments you tried and how they felt, the notes you pick below, and your answers to three
        short questions. Nothing leaves this device unless you download or print it.
      </p>
      <form className="brief-builder__form" onSubmit={preview}>
        <fieldset className="choice-group brief-builder__notes">
          <legend>Notes to include</legend>
          {notes.length === 0 ? (
            <p className="muted">
              No notes yet. Your answers to a topic’s reflections will be listed here to pick from.
            </p>
          ) : (
            <>
              <p className="muted brief-builder__hint">None are included until you tick them.</p>
              {byTopic(notes).map(([topicTitle, topicNotes]) => (
                <fieldset key={topicTitle} className="choice-group brief-builder__topic">
                  <legend>{topicTitle}</legend>
                  {topicNotes.map((note) => (
                    <label key={note.id} className="choice brief-builder__note">
                      <input
                        type="checkbox"
                        checked={picked.has(note.id)}
                        onChange={(event) => toggle(note.id, event.target.checked)}
                      />
                      <span>
                        <span className="brief-builder__prompt">{note.prompt ?? 'Your note'}</span>{' '}
                        <span className="muted">— {answerStart(note.body)}</span>
                      </span>
                    </label>
                  ))}
                </fieldset>
              ))}
            </>
          )}
        </fieldset>

        <div className="field">
          <label htmlFor={`${id}-ask`}>What I want to ask for</label>
          <p id={`${id}-ask-hint`} className="muted brief-builder__hint">
            A project to lead, time to learn, a say in a decision: one or two things.
          </p>
          <textarea
            id={`${id}-ask`}
            className="text-input brief-builder__text"
            rows={3}
            aria-describedby={`${id}-ask-hint`}
            value={draft.ask}
            onChange={(event) => change('ask', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-feedback`}>How I like feedback</label>
          <p id={`${id}-feedback-hint`} className="muted brief-builder__hint">
            Written or spoken, straight away or after a day, in private or in the room.
          </p>
          <textarea
            id={`${id}-feedback`}
            className="text-input brief-builder__text"
            rows={3}
            aria-describedby={`${id}-feedback-hint`}
            value={draft.feedback}
            onChange={(event) => change('feedback', event.target.value)}
          />
        </div>
        {tooLong && (
          <p role="alert" className="form-problem">
            A field holds up to {BRIEF_FIELD_MAX_LENGTH.toLocaleString('en-GB')} characters, so that
            last change was not added. Keep the longer text in a note instead.
          </p>
        )}
        <div className="field brief-builder__date">
          <label htmlFor={`${id}-next`}>Next check-in</label>
          <input
            id={`${id}-next`}
            type="date"
            className="text-input"
            value={draft.nextCheckIn}
            onChange={(event) => change('nextCheckIn', event.target.value)}
          />
        </div>

        <div className="actions">
          <button type="submit" className="button">
            Preview
          </button>
          <button type="button" className="button button--primary" onClick={download}>
            Download brief
          </button>
          <button type="button" className="button" onClick={print}>
            Print brief
          </button>
        </div>
      </form>

      {previewShown && (
        <section className="brief-builder__preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} ref={previewHeading} tabIndex={-1}>
            Preview
          </h3>
          <p className="muted brief-builder__hint">
            The Markdown file as it will be downloaded; it follows your changes above.
          </p>
          {/* Text, never HTML: React escapes it, and Markdown is not rendered here. */}
          <pre className={`brief-builder__markdown${printing ? ' brief-print' : ''}`}>
            {makeMarkdown(draft, pickedIds)}
          </pre>
        </section>
      )}
    </section>
  );
}
