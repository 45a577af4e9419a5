import { useCallback, useEffect, useRef, useState } from 'react';
import { isTypingTarget } from '@/lib/is-typing-target';
import { useAppStore } from '@/store/app-store';
import { selectSingleKeyShortcuts } from '@/store/slices/preferences-slice';

export type SearchDialogName = 'search' | 'shortcuts';

/** Apple keyboards open search with ⌘K; elsewhere Ctrl+K (on a Mac, Ctrl+K deletes to line end). */
export const isApple = (): boolean => /Mac|iPhone|iPad|iPod/.test(navigator.platform);

/**
 * Which of the search and shortcuts dialogs is open, and the keys that open them from any page:
 * Ctrl/⌘+K anywhere, `/` and `?` outside text fields while single-key shortcuts are on. Closing
 * puts focus back where it was, unless the dialog is leaving for another page (which focuses
 * its own heading or target).
 */
export function useSearchDialogs() {
  const [open, setOpen] = useState<SearchDialogName | null>(null);
  const shown = useRef<SearchDialogName | null>(null);
  const returnTo = useRef<Element | null>(null);
  const restore = useRef(false);

  const show = useCallback((name: SearchDialogName) => {
    // From one dialog to the other (⌘K in the shortcuts list), focus still returns to the page.
    if (!shown.current) returnTo.current = document.activeElement;
    shown.current = name;
    setOpen(name);
  }, []);
  const close = useCallback((returnFocus = true) => {
    shown.current = null;
    restore.current = returnFocus;
    setOpen(null);
  }, []);

  useEffect(() => {
    // After the dialog has left the top layer: while it is modal, the page behind cannot take focus.
    if (open || !restore.current) return;
    restore.current = false;
    if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
  }, [open]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { target } = event;
      if (event.defaultPrevented || event.altKey || event.isComposing) return;
      // A dialog handles its own keys (the search dialog takes ⌘K to its field).
      if (target instanceof Element && target.closest('dialog')) return;
      let name: SearchDialogName | null = null;
      if (event.key.toLowerCase() === 'k' && (isApple() ? event.metaKey : event.ctrlKey))
        name = 'search';
      else if (
        !(event.ctrlKey || event.metaKey || isTypingTarget(target)) &&
        selectSingleKeyShortcuts(useAppStore.getState())
      )
        name = event.key === '/' ? 'search' : event.key === '?' ? 'shortcuts' : null;
      if (!name) return;
      event.preventDefault();
      show(name);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [show]);

  return { open, show, close };
}
