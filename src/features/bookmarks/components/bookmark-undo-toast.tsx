import { useExpiresUnlessHeld } from '@/lib/use-expires-unless-held';

/** How long "Undo" stays on screen after a removal, unless the reader is on it (as for notes). */
export const BOOKMARK_UNDO_MS = 10_000;

/**
 * "Bookmark removed" with an Undo button, shown inside the list's live region so the message is
 * announced while focus stays on the list. It stays while the pointer or focus is on it.
 */
export function BookmarkUndoToast({
  name,
  onUndo,
  onExpire,
}: {
  name: string;
  onUndo: () => void;
  onExpire: () => void;
}) {
  const holdHandlers = useExpiresUnlessHeld(true, BOOKMARK_UNDO_MS, onExpire, name);

  return (
    <div className="toast" {...holdHandlers}>
      <span>
        Bookmark removed<span className="visually-hidden">: {name}</span>.
      </span>
      <button
        type="button"
        className="button"
        aria-label={`Undo: bring back the bookmark ${name}`}
        onClick={onUndo}
      >
        Undo
      </button>
    </div>
  );
}
