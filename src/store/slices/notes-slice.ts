import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';

export type NoteRecord = {
  id: string;
  topic: string;
  /** The reflection this note answers; absent for a free note on the topic. */
  promptId?: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
};

export type NotesState = { notes: Record<string, NoteRecord> };

/** The longest note the app keeps (about 15,000 words); the schema holds saved data to it too. */
export const NOTE_MAX_LENGTH = 100_000;

/** One answer per prompt, so two tabs answering the same prompt edit one record, not two. */
export const answerId = (topic: string, promptId: string) => `${topic}/${promptId}`;

export const newNoteId = (): string =>
  `note-${typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`}`;

export type NoteDraft = { id: string; topic: string; promptId?: string; body: string };

export const withNoteSaved = <S extends NotesState>(state: S, draft: NoteDraft, now: string): S => {
  const existing = state.notes[draft.id];
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
  return { ...state, notes: { ...state.notes, [draft.id]: record } };
};

/** A deleted note keeps its id and times but not its text: deleted means gone from storage. */
export const withNoteDeleted = <S extends NotesState>(state: S, id: string, now: string): S => {
  const existing = state.notes[id];
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
  return { ...state, notes: { ...state.notes, [id]: tombstone } };
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
  const current = state.notes[note.id];
  if (current && !current.deletedAt) {
    const beside: NoteRecord = { ...restored, id: freshId, updatedAt: now };
    return { ...state, notes: { ...state.notes, [freshId]: beside } };
  }
  const back: NoteRecord = { ...restored, ...(promptId ? { promptId } : {}), updatedAt: now };
  return { ...state, notes: { ...state.notes, [note.id]: back } };
};

export type NotesActions = {
  saveNote: (draft: NoteDraft) => void;
  deleteNote: (id: string) => void;
  restoreNote: (note: NoteRecord) => void;
};

export const createNotesSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  NotesState & NotesActions
> = (set) => ({
  notes: {},
  saveNote: (draft) => set((state) => withNoteSaved(state, draft, nowIso())),
  deleteNote: (id) => set((state) => withNoteDeleted(state, id, nowIso())),
  restoreNote: (note) => set((state) => withNoteRestored(state, note, newNoteId(), nowIso())),
});
