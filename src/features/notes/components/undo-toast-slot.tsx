import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { undoStore } from '../undo-store';

const UndoToast = lazy(() => import('./undo-toast'));

/**
 * An always-present live region, so the "Note deleted" message is announced when it appears;
 * the toast's code loads with the first delete.
 */
export function UndoToastSlot() {
  const deleted = useStore(undoStore, (state) => state.deleted);
  return (
    <div role="status" className="toast-region">
      {deleted && (
        <Suspense fallback={null}>
          <UndoToast />
        </Suspense>
      )}
    </div>
  );
}
