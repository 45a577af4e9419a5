import { createStore } from 'zustand/vanilla';
import type { NoteRecord } from '@/store/slices/notes-slice';

/** The note deleted last, held in memory so "Undo" can bring it back exactly as it was. */
export type UndoState = { deleted: NoteRecord | null };

export const undoStore = createStore<UndoState>(() => ({ deleted: null }));

export const offerUndo = (note: NoteRecord) => undoStore.setState({ deleted: note });
export const clearUndo = () => undoStore.setState({ deleted: null });
