import { useId } from 'react';
import { useAppStore } from '@/store/app-store';
import { selectSingleKeyShortcuts } from '@/store/slices/preferences-slice';

/** The switch for shortcuts of one key (WCAG 2.1.4), in Settings and in the shortcuts list. */
export function SingleKeyShortcuts() {
  const on = useAppStore(selectSingleKeyShortcuts);
  const setSingleKeyShortcuts = useAppStore((state) => state.setSingleKeyShortcuts);
  const hintId = useId();
  return (
    <div className="single-key-shortcuts">
      <label className="choice">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={hintId}
          onChange={(event) => setSingleKeyShortcuts(event.target.checked)}
        />
        Single-key shortcuts
      </label>
      <p id={hintId} className="muted">
        Turn these off if you use speech input, where a spoken word can press <kbd>/</kbd>,{' '}
        <kbd>?</kbd>, <kbd>[</kbd> or <kbd>]</kbd> by accident; Ctrl K (⌘K on a Mac) still opens
        search.
      </p>
    </div>
  );
}
