import { useEffect, useState } from 'react';
import { useAppStore } from '@/store/app-store';
import { selectSingleKeyShortcuts } from '@/store/slices/preferences-slice';
import { isApple } from '../keys';

/** The app's keys: single keys work only while single-key shortcuts are on. */
const shortcuts = [
  { key: '/', does: 'Open search', single: true },
  { key: 'Ctrl K', does: 'Open search, even while typing', single: false },
  { key: '?', does: 'Show the keyboard shortcuts', single: true },
  { key: '[', does: 'Previous topic, on a topic page', single: true },
  { key: ']', does: 'Next topic, on a topic page', single: true },
  { key: 'Escape', does: 'Close a dialog', single: false },
];

/** Every key the app answers to, and whether the single ones are on. */
export function ShortcutList() {
  const on = useAppStore(selectSingleKeyShortcuts);
  // Known only in the browser: chosen after the first render, as the header button does.
  const [apple, setApple] = useState(false);
  useEffect(() => setApple(isApple()), []);
  return (
    <>
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
    </>
  );
}
