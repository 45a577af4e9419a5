import type { NoteRecord, NotesState } from '@/store/slices/notes-slice';

export const selectNoteBody =
  (id: string) =>
  (state: NotesState): string => {
    const note = state.notes[id];
    return note && !note.deletedAt ? note.body : '';
  };

export const selectNote =
  (id: string) =>
  (state: NotesState): NoteRecord | undefined => {
    const note = state.notes[id];
    return note && !note.deletedAt ? note : undefined;
  };

/** Ids of a topic's free notes (not reflection answers), oldest first. Use with useShallow. */
export const selectFreeNoteIds =
  (topic: string) =>
  (state: NotesState): string[] =>
    Object.values(state.notes)
      .filter((note) => note.topic === topic && !note.promptId && !note.deletedAt)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((note) => note.id);
