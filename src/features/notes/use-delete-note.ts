import { useAppStore } from '@/store/app-store';
import { offerUndo } from './undo-store';

/** Deletes a note and offers to undo it: the reader never loses text to a slip. */
export function useDeleteNote() {
  const deleteNote = useAppStore((state) => state.deleteNote);
  return (id: string) => {
    const note = useAppStore.getState().notes[id];
    if (!note || note.deletedAt) return;
    offerUndo(note);
    deleteNote(id);
  };
}
