import { useEffect, useId, useRef, useState } from 'react';
import { HeldTextAlert } from '@/components/ui/held-text-alert';
import { useHydrated } from '@/lib/use-hydrated';
import { useLengthLimit } from '@/lib/use-length-limit';
import { useAppStore } from '@/store/app-store';
import { NOTE_MAX_LENGTH, newNoteId } from '@/store/slices/notes-slice';
import { usePersistence } from '@/store/use-persistence';
import { selectNoteBody } from '../selectors';
import { useDeleteNote } from '../use-delete-note';

/**
 * A note the reader writes into, saved as they type (the store batches the writes). The text is
 * a textarea's value: React renders it as text, never as HTML.
 */
export function NoteEditor({
  noteId,
  topic,
  promptId,
  label,
  deleteLabel,
  focusOnMount = false,
  inputId,
}: {
  noteId: string;
  topic: string;
  promptId?: string;
  label: string;
  deleteLabel: string;
  /** For a note the reader just asked for ("Add a note"): the cursor goes straight into it. */
  focusOnMount?: boolean;
  /** A stable id for the text box, so a search result can bring the reader straight to it. */
  inputId?: string;
}) {
  const generatedId = useId();
  const id = inputId ?? generatedId;
  const input = useRef<HTMLTextAreaElement>(null);
  const body = useAppStore(selectNoteBody(noteId));
  const saveNote = useAppStore((state) => state.saveNote);
  const deleteNote = useDeleteNote();
  const save = usePersistence((status) => status.save);
  const [edited, setEdited] = useState(false);
  const limit = useLengthLimit(NOTE_MAX_LENGTH);
  // The prerendered box is empty for everyone: a returning reader's text arrives on hydration,
  // and a word typed before it would be written over their saved answer.
  const hydrated = useHydrated();
  const [keptAs, setKeptAs] = useState<string | null>(null);

  const keepHeldAsNote = () => {
    for (const piece of limit.release()) saveNote({ id: newNoteId(), topic, body: piece });
    setKeptAs('Saved as a new note under “Your notes” on this topic.');
  };

  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);

  return (
    <div className="note-editor">
      <label htmlFor={id} className="note-editor__label">
        {label}
      </label>
      <textarea
        ref={input}
        id={id}
        className="note-editor__input"
        value={body}
        readOnly={!hydrated}
        rows={4}
        onChange={(event) => {
          setEdited(true);
          const text = limit.accept(body, event.target.value, event.target.selectionEnd);
          if (text === null) setKeptAs(null);
          else saveNote({ id: noteId, topic, ...(promptId ? { promptId } : {}), body: text });
        }}
      />
      {limit.held !== '' && (
        <HeldTextAlert
          limit={NOTE_MAX_LENGTH}
          held={limit.held.length}
          what="This box"
          onKeep={keepHeldAsNote}
        />
      )}
      {keptAs && (
        <p role="status" className="muted">
          {keptAs}
        </p>
      )}
      <div className="note-editor__footer">
        {/* Quiet: "Saving…" is shown but not announced; a screen reader hears "Saved" once. */}
        <span className="note-editor__status muted">
          {edited && save === 'pending' && <span aria-hidden="true">Saving…</span>}
          <span aria-live="polite">
            {edited && save === 'saved'
              ? 'Saved'
              : edited && save === 'failing'
                ? 'Not saved yet'
                : ''}
          </span>
        </span>
        {body !== '' && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setEdited(false);
              deleteNote(noteId);
              // The button goes away with the text: keep the reader's place in the empty field.
              input.current?.focus();
            }}
          >
            {deleteLabel}
          </button>
        )}
      </div>
    </div>
  );
}
