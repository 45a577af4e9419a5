import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAppStore } from '@/store/app-store';
import { clearUndo, undoStore } from '../undo-store';

/** How long "Undo" stays on screen after a delete. */
export const UNDO_MS = 10_000;

/**
 * "Note deleted" with an Undo button. It lives in the layout (through UndoToastSlot's live
 * region), so it stays while the reader moves between pages and never takes their focus.
 */
export default function UndoToast() {
  const deleted = useStore(undoStore, (state) => state.deleted);
  const restoreNote = useAppStore((state) => state.restoreNote);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(clearUndo, UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  if (!deleted) return null;
  return (
    <div className="toast">
      <span>Note deleted.</span>
      <button
        type="button"
        className="button"
        onClick={() => {
          restoreNote(deleted);
          clearUndo();
        }}
      >
        Undo
      </button>
    </div>
  );
}
