import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useExpiresUnlessHeld } from '@/lib/use-expires-unless-held';
import { useAppStore } from '@/store/app-store';
import { newNoteId } from '@/store/slices/notes-slice';
import { withNoteRestored } from '../lib/note-recovery';
import { clearUndo, undoStore } from '../undo-store';

/** How long "Undo" stays on screen after a delete, unless the reader is on it. */
export const UNDO_MS = 10_000;

/**
 * "Note deleted" with an Undo button. It lives in the layout (through UndoToastSlot's live
 * region), so it stays while the reader moves between pages. It takes focus only when the
 * delete left focus nowhere (the deleted note's buttons went with it), and it stays while the
 * pointer or focus is on it.
 */
export default function UndoToast() {
  const deleted = useStore(undoStore, (state) => state.deleted);
  const updateRecords = useAppStore((state) => state.updateRecords);
  const button = useRef<HTMLButtonElement>(null);
  const holdHandlers = useExpiresUnlessHeld(Boolean(deleted), UNDO_MS, clearUndo, deleted);

  useEffect(() => {
    if (deleted && (document.activeElement === document.body || !document.activeElement)) {
      button.current?.focus();
    }
  }, [deleted]);

  if (!deleted) return null;
  return (
    <div className="toast" {...holdHandlers}>
      <span>Note deleted.</span>
      <button
        ref={button}
        type="button"
        className="button"
        onClick={() => {
          updateRecords((state, now) => withNoteRestored(state, deleted, newNoteId(), now));
          clearUndo();
        }}
      >
        Undo
      </button>
    </div>
  );
}
