import { useEffect, useId, useRef } from 'react';
import { useModalDialog } from '../use-modal-dialog';
import { ShortcutList } from './shortcut-list';
import { SingleKeyShortcuts } from './single-key-shortcuts';

/** "Keyboard shortcuts", opened with ?: every key, and the switch for single keys. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useModalDialog(dialog);
  // The title first, not the switch a browser would pick as the first control: the list is
  // what the reader asked for.
  useEffect(() => title.current?.focus(), []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="dialog shortcuts-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} ref={title} tabIndex={-1}>
        Keyboard shortcuts
      </h2>
      <ShortcutList />
      <SingleKeyShortcuts />
      <p className="actions">
        <button type="button" className="button" onClick={() => onClose()}>
          Close
        </button>
      </p>
    </dialog>
  );
}
