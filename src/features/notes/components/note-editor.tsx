import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '@/store/app-store';
import { NOTE_MAX_LENGTH, newNoteId } from '@/store/slices/notes-slice';
import { usePersistence } from '@/store/use-persistence';
import { insertedText } from '../lib/inserted-text';
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
}: {
  noteId: string;
  topic: string;
  promptId?: string;
  label: string;
  deleteLabel: string;
  /** For a note the reader just asked for ("Add a note"): the cursor goes straight into it. */
  focusOnMount?: boolean;
}) {
  const inputId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const body = useAppStore(selectNoteBody(noteId));
  const saveNote = useAppStore((state) => state.saveNote);
  const deleteNote = useDeleteNote();
  const save = usePersistence((status) => status.save);
  const [edited, setEdited] = useState(false);
  // An edit that would take the note past its limit is not applied (nothing saved is ever cut);
  // what it added is held here, and the reader is told and can keep it as a new note.
  const [overflow, setOverflow] = useState('');
  const [keptAs, setKeptAs] = useState<string | null>(null);

  const keepOverflowAsNote = () => {
    for (let start = 0; start < overflow.length; start += NOTE_MAX_LENGTH)
      saveNote({ id: newNoteId(), topic, body: overflow.slice(start, start + NOTE_MAX_LENGTH) });
    setOverflow('');
    setKeptAs('Saved as a new note under “Your notes” on this topic.');
  };

  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);

  return (
    <div className="note-editor">
      <label htmlFor={inputId} className="note-editor__label">
        {label}
      </label>
      <textarea
        ref={input}
        id={inputId}
        className="note-editor__input"
        value={body}
        rows={4}
        onChange={(event) => {
          const text = event.target.value;
          setEdited(true);
          if (text.length > NOTE_MAX_LENGTH) {
            // Typing on in a full box adds each character after the ones before it.
            const added = insertedText(body, text, event.target.selectionEnd);
            setKeptAs(null);
            setOverflow((earlier) => earlier + added);
            return;
          }
          saveNote({ id: noteId, topic, ...(promptId ? { promptId } : {}), body: text });
        }}
      />
      {overflow !== '' && (
        <div role="alert" className="alert alert--warning">
          <p>
            <strong>
              This box holds up to {NOTE_MAX_LENGTH.toLocaleString('en')} characters, so the{' '}
              {overflow.length.toLocaleString('en')} characters you added were not put in it.
            </strong>{' '}
            Everything already in the box is as it was. Keep what you added as a new note, or it is
            lost when you leave the page.
          </p>
          <p className="actions">
            <button type="button" className="button" onClick={keepOverflowAsNote}>
              Save what I added as a new note
            </button>
          </p>
        </div>
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
