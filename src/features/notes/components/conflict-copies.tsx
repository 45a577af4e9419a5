import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '@/store/app-store';
import { withConflictCopyAdopted } from '../lib/note-recovery';
import { selectConflictCopies } from '../selectors';
import { useDeleteNote } from '../use-delete-note';

/**
 * Texts of a note that lost to another version of it (two tabs editing the same answer, or a
 * merged backup), shown under the note until the reader decides: use one instead, or drop it.
 * The text is rendered as text, never as HTML.
 */
export function ConflictCopies({ noteId, about }: { noteId: string; about: string }) {
  const copies = useAppStore(useShallow(selectConflictCopies(noteId)));
  const updateRecords = useAppStore((state) => state.updateRecords);
  const adopt = (copyId: string) =>
    updateRecords((state, now) => withConflictCopyAdopted(state, copyId, now));
  const deleteNote = useDeleteNote();
  if (copies.length === 0) return null;
  return (
    <ul className="conflict-copies" aria-label={`Conflicting copies of ${about}`}>
      {copies.map((copy) => (
        <li key={copy.id} className="conflict-copy">
          <p className="conflict-copy__title">
            <strong>Conflicting copy.</strong> Another tab, or a restored file, saved a different
            text here. Both are kept; this is the other one.
          </p>
          <p className="conflict-copy__text">{copy.body}</p>
          <p className="actions">
            <button type="button" className="button" onClick={() => adopt(copy.id)}>
              Use this text instead
            </button>
            <button type="button" className="button" onClick={() => deleteNote(copy.id)}>
              Drop this copy
            </button>
          </p>
        </li>
      ))}
    </ul>
  );
}
