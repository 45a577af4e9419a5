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
 * Ids of a topic's free notes (not reflection answers, not conflicting copies, which show under
 * the note they belong to), oldest first. Use with useShallow.
 */
export const selectFreeNoteIds =
  (topic: string) =>
  (state: NotesState): string[] =>
    Object.values(state.notes)
      .filter(
        (note) => note.topic === topic && !note.promptId && !note.conflictOf && !note.deletedAt,
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
