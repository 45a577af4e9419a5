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

/**
 * Conflicting copies by the note they belong to, built once per version of the notes map: a
 * topic page shows one list under every note, and scanning all notes for each of them on every
 * keystroke would cost tens of milliseconds with a few thousand notes.
 */
const copiesByNote = new WeakMap<object, Map<string, NoteRecord[]>>();
const NO_COPIES: NoteRecord[] = [];

const conflictCopyIndex = (notes: NotesState['notes']) => {
  let index = copiesByNote.get(notes);
  if (!index) {
    index = new Map();
    for (const note of Object.values(notes)) {
      if (!note.conflictOf || note.deletedAt || note.body === '') continue;
      const copies = index.get(note.conflictOf) ?? [];
      copies.push(note);
      index.set(note.conflictOf, copies);
    }
    for (const copies of index.values())
      copies.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    copiesByNote.set(notes, index);
  }
  return index;
};

/** The conflicting copies kept beside a note, oldest first. */
export const selectConflictCopies =
  (noteId: string) =>
  (state: NotesState): NoteRecord[] =>
    conflictCopyIndex(state.notes).get(noteId) ?? NO_COPIES;
