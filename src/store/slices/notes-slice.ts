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

export type NotesActions = {
  saveNote: (draft: NoteDraft) => void;
  deleteNote: (id: string) => void;
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
});
