import { useAppStore } from '@/store/app-store';
import { entryOf } from '@/store/format/record-map';
import { offerUndo } from './undo-store';

/** Deletes a note and offers to undo it: the reader never loses text to a slip. */
export function useDeleteNote() {
  const deleteNote = useAppStore((state) => state.deleteNote);
  return (id: string) => {
    const note = entryOf(useAppStore.getState().notes, id);
    if (!note || note.deletedAt) return;
    offerUndo(note);
    deleteNote(id);
  };
}
