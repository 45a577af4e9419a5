import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '@/store/app-store';
import { selectSingleKeyShortcuts } from '@/store/slices/preferences-slice';
import { isApple } from '../use-search-dialogs';
import { SingleKeyShortcuts } from './single-key-shortcuts';

/** The app's keys: single keys work only while single-key shortcuts are on. */
const shortcuts = [
  { key: '/', does: 'Open search', single: true },
  { key: 'Ctrl K', does: 'Open search, even while typing', single: false },
  { key: '?', does: 'Show this list', single: true },
  { key: '[', does: 'Previous topic, on a topic page', single: true },
  { key: ']', does: 'Next topic, on a topic page', single: true },
  { key: 'Escape', does: 'Close a dialog', single: false },
];

/** "Keyboard shortcuts", opened with ? or from the footer: every key, and the switch for single keys. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const on = useAppStore(selectSingleKeyShortcuts);
  // Known only in the browser: chosen after the first render, as the header button does.
  const [apple, setApple] = useState(false);
  useEffect(() => {
    setApple(isApple());
    dialog.current?.showModal();
    // The title first, not the switch a browser would pick as the first control: the list is
    // what the reader asked for.
    title.current?.focus();
  }, []);

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
      <dl className="shortcuts">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.does} className="shortcuts__row">
            <dt>
              <kbd>{apple && shortcut.key === 'Ctrl K' ? '⌘K' : shortcut.key}</kbd>
            </dt>
            <dd>
              {shortcut.does}
              {shortcut.single && !on && <span className="muted"> (off)</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p>Single-key shortcuts are {on ? 'on' : 'off'}.</p>
      <SingleKeyShortcuts />
      <p className="actions">
        <button type="button" className="button" onClick={() => onClose()}>
          Close
        </button>
      </p>
    </dialog>
  );
}
