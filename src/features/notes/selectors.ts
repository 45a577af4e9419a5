import { entryOf } from '@/store/format/record-map';
import type { NoteRecord, NotesState } from '@/store/slices/notes-slice';

export const selectNoteBody =
  (id: string) =>
  (state: NotesState): string => {
    const note = entryOf(state.notes, id);
    return note && !note.deletedAt ? note.body : '';
  };

export const selectNote =
  (id: string) =>
  (state: NotesState): NoteRecord | undefined => {
    const note = entryOf(state.notes, id);
    return note && !note.deletedAt ? note : undefined;
  };

/**
 * A conflicting copy of a free note that was deleted since (a reset or delete in one tab while
 * another was typing) has no note to show under: it is listed as a free note of its own.
 * Copies of answers always show under their prompt.
 */
const isOrphanCopy = (state: NotesState, copy: NoteRecord) => {
  const of = copy.conflictOf ?? '';
  const parent = entryOf(state.notes, of);
  const parentShown = parent && !parent.deletedAt && parent.body !== '';
  return !parentShown && !of.startsWith(`${copy.topic}/`);
};

/**
 * Ids of a topic's free notes (not reflection answers, not conflicting copies, which show under
 * the note they belong to, unless that note is gone), oldest first. Use with useShallow.
 */
export const selectFreeNoteIds =
  (topic: string) =>
  (state: NotesState): string[] =>
    Object.values(state.notes)
      .filter(
        (note) =>
          note.topic === topic &&
          !note.promptId &&
          !note.deletedAt &&
          (!note.conflictOf || isOrphanCopy(state, note)),
      )
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((note) => note.id);

/** The conflicting copies kept beside a note, oldest first. Use with useShallow. */
export const selectConflictCopies =
  (noteId: string) =>
  (state: NotesState): NoteRecord[] =>
    Object.values(state.notes)
      .filter((note) => note.conflictOf === noteId && !note.deletedAt && note.body !== '')
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
