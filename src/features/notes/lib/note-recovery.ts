import { entryOf, withEntry } from '@/store/format/record-map';
import { type NoteRecord, type NotesState, withNoteDeleted } from '@/store/slices/notes-slice';

/**
 * Bringing notes back: Undo after a delete, and choosing a conflicting copy. Pure reducers for
 * the store's updateRecords, loaded with the components that use them rather than with every
 * first view.
 */

/**
 * Undo: the note comes back as it was, stamped now so the restore wins any merge. If the reader
 * (or another tab) has written under the same id since the delete, that text stays, and the old
 * one comes back beside it as a free note under `freshId`: nothing is overwritten.
 */
export const withNoteRestored = <S extends NotesState>(
  state: S,
  note: NoteRecord,
  freshId: string,
  now: string,
): S => {
  const { deletedAt: _deleted, promptId, ...restored } = note;
  const current = entryOf(state.notes, note.id);
  if (current && !current.deletedAt) {
    const beside: NoteRecord = { ...restored, id: freshId, updatedAt: now };
    return { ...state, notes: withEntry(state.notes, freshId, beside) };
  }
  const back: NoteRecord = { ...restored, ...(promptId ? { promptId } : {}), updatedAt: now };
  return { ...state, notes: withEntry(state.notes, note.id, back) };
};

/**
 * The reader picks a conflicting copy's text for the note it belongs to: the two texts swap, so
 * the one set aside stays as the copy until the reader drops it. Nothing is lost by choosing.
 */
export const withConflictCopyAdopted = <S extends NotesState>(
  state: S,
  copyId: string,
  now: string,
): S => {
  const copy = entryOf(state.notes, copyId);
  if (!copy?.conflictOf || copy.deletedAt) return state;
  const note = entryOf(state.notes, copy.conflictOf);
  if (!note || note.deletedAt || note.body === '') {
    const { deletedAt: _deleted, conflictOf: _of, ...kept } = note ?? copy;
    const restored: NoteRecord = { ...kept, id: copy.conflictOf, body: copy.body, updatedAt: now };
    const withNote = withEntry(state.notes, copy.conflictOf, restored);
    return withNoteDeleted({ ...state, notes: withNote }, copyId, now);
  }
  const notes = withEntry(
    withEntry(state.notes, note.id, { ...note, body: copy.body, updatedAt: now }),
    copyId,
    { ...copy, body: note.body, updatedAt: now },
  );
  return { ...state, notes };
};
