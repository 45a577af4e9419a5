import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';
import { answerId } from '@/store/format/ids';
import { emptyMap, entryOf, withEntry } from '@/store/format/record-map';
import type { NoteRecord } from '@/store/format/schema';

export { NOTE_MAX_LENGTH } from '@/store/format/limits';
export type { NoteRecord };
export { answerId };

export type NotesState = { notes: Record<string, NoteRecord> };

export const newNoteId = (): string =>
  `note-${typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`}`;

export type NoteDraft = { id: string; topic: string; promptId?: string; body: string };

export const withNoteSaved = <S extends NotesState>(state: S, draft: NoteDraft, now: string): S => {
  const existing = entryOf(state.notes, draft.id);
  if (existing && !existing.deletedAt && existing.body === draft.body) return state;
  const live = existing && !existing.deletedAt ? existing : undefined;
  const record: NoteRecord = {
    id: draft.id,
    topic: draft.topic,
    ...(draft.promptId ? { promptId: draft.promptId } : {}),
    body: draft.body,
    createdAt: live?.createdAt ?? now,
    updatedAt: now,
  };
  return { ...state, notes: withEntry(state.notes, draft.id, record) };
};

/** A deleted note keeps its id and times but not its text: deleted means gone from storage. */
export const withNoteDeleted = <S extends NotesState>(state: S, id: string, now: string): S => {
  const existing = entryOf(state.notes, id);
  if (!existing || existing.deletedAt) return state;
  const { promptId, topic, createdAt } = existing;
  const tombstone: NoteRecord = {
    id,
    topic,
    ...(promptId ? { promptId } : {}),
    body: '',
    createdAt,
    updatedAt: now,
    deletedAt: now,
  };
  return { ...state, notes: withEntry(state.notes, id, tombstone) };
};

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

export type NotesActions = {
  saveNote: (draft: NoteDraft) => void;
  deleteNote: (id: string) => void;
  restoreNote: (note: NoteRecord) => void;
  adoptConflictCopy: (copyId: string) => void;
};

export const createNotesSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  NotesState & NotesActions
> = (set) => ({
  notes: emptyMap(),
  saveNote: (draft) => set((state) => withNoteSaved(state, draft, nowIso())),
  deleteNote: (id) => set((state) => withNoteDeleted(state, id, nowIso())),
  restoreNote: (note) => set((state) => withNoteRestored(state, note, newNoteId(), nowIso())),
  adoptConflictCopy: (copyId) => set((state) => withConflictCopyAdopted(state, copyId, nowIso())),
});
