import { useId, useState } from 'react';
import { useAppStore } from '@/store/app-store';
import { usePersistence } from '@/store/use-persistence';
import { selectNoteBody } from '../selectors';
import { useDeleteNote } from '../use-delete-note';

const saveLabels = { pending: 'Saving…', saved: 'Saved', failing: 'Not saved yet' } as const;

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
}: {
  noteId: string;
  topic: string;
  promptId?: string;
  label: string;
  deleteLabel: string;
}) {
  const inputId = useId();
  const body = useAppStore(selectNoteBody(noteId));
  const saveNote = useAppStore((state) => state.saveNote);
  const deleteNote = useDeleteNote();
  const save = usePersistence((status) => status.save);
  const [edited, setEdited] = useState(false);

  return (
    <div className="note-editor">
      <label htmlFor={inputId} className="note-editor__label">
        {label}
      </label>
      <textarea
        id={inputId}
        className="note-editor__input"
        value={body}
        rows={4}
        onChange={(event) => {
          setEdited(true);
          saveNote({
            id: noteId,
            topic,
            ...(promptId ? { promptId } : {}),
            body: event.target.value,
          });
        }}
      />
      <div className="note-editor__footer">
        <span className="note-editor__status muted" aria-live="polite">
          {edited ? saveLabels[save] : ''}
        </span>
        {body !== '' && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setEdited(false);
              deleteNote(noteId);
            }}
          >
            {deleteLabel}
          </button>
        )}
      </div>
    </div>
  );
}
