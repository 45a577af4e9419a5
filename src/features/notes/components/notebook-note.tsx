import { useEffect, useRef, useState } from 'react';
import { formatDate } from '@/lib/format-date';
import type { NoteRecord } from '@/store/slices/notes-slice';
import { useDeleteNote } from '../use-delete-note';
import { NoteEditor } from './note-editor';

/**
 * One note in the notebook: read as text (never HTML), edited in place, deleted with Undo.
 * `about` names the note for assistive tech ("your answer to …", "note 2 on …").
 */
export function NotebookNote({
  note,
  about,
  onEditingChange,
}: {
  note: NoteRecord;
  about: string;
  onEditingChange: (id: string, editing: boolean) => void;
}) {
  const [editing, setEditingState] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Set when the reader leaves the editor: the Edit button comes back in place of the editor,
  // and focus goes to it rather than falling to the page with the removed "Done editing".
  const returnFocus = useRef(false);
  const setEditing = (value: boolean) => {
    returnFocus.current = !value;
    setEditingState(value);
    onEditingChange(note.id, value);
  };
  const deleteNote = useDeleteNote();
  const edited = note.updatedAt.slice(0, 10) !== note.createdAt.slice(0, 10);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  if (editing) {
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the editor leaves it, like "Done editing"; the controls inside are the interactive elements
      <div
        className="notebook-note notebook-note--editing"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || event.defaultPrevented) return;
          event.preventDefault();
          setEditing(false);
        }}
      >
        <NoteEditor
          noteId={note.id}
          topic={note.topic}
          {...(note.promptId ? { promptId: note.promptId } : {})}
          label={`Edit ${about}`}
          deleteLabel={`Delete ${about}`}
          focusOnMount
        />
        <button type="button" className="button no-print" onClick={() => setEditing(false)}>
          Done editing
        </button>
      </div>
    );
  }
  return (
    <div className="notebook-note">
      {note.conflictOf && (
        <p className="muted no-print">
          Conflicting copy: a different text of the same note was saved at the same time, and both
          are kept. The topic page offers to use this one instead.
        </p>
      )}
      <p className="notebook-note__text">{note.body}</p>
      <p className="notebook-note__meta muted">
        Written {formatDate(note.createdAt)}
        {edited ? `, last edited ${formatDate(note.updatedAt)}` : ''}
      </p>
      <p className="notebook-note__actions no-print">
        <button
          ref={editButton}
          type="button"
          className="link-button"
          aria-label={`Edit ${about}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={`Delete ${about}`}
          onClick={() => deleteNote(note.id)}
        >
          Delete
        </button>
      </p>
    </div>
  );
}
