import { useEffect, useState } from 'react';

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
  const [held, setHeld] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `name` restarts the timer for each new removal
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onExpire, BOOKMARK_UNDO_MS);
    return () => clearTimeout(timer);
  }, [held, name, onExpire]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: these handlers only pause the timer while the reader is on the toast; the button inside is the control
    <div
      className="toast"
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
    >
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
