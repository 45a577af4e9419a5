import { lazy, Suspense, useEffect, useState } from 'react';
import { ownsKeys } from '@/lib/owns-keys';
import { useAppStore } from '@/store/app-store';
import { selectSingleKeyShortcuts } from '@/store/slices/preferences-slice';
import { isApple, type SearchDialogName } from '../keys';

// Neither dialog is in the first view: both load, in one chunk with the engine's loader, the
// first time one opens. (Not when the browser is idle: every first view would then download it.)
const OpenDialog = lazy(() =>
  import('./open-dialog').then((module) => ({ default: module.OpenDialog })),
);

/**
 * All of search that a first view carries: the header's "Search" button, showing its keys, and
 * the keys that open search and the shortcuts list from any page: Ctrl/⌘+K anywhere (the search
 * dialog answers it itself, by selecting its query), `/` and `?` outside text fields and dialogs
 * while single-key shortcuts are on (a key typed while composing text is in a field, which owns
 * it). Which modifier key the reader has is known only in the browser, so it is chosen in an
 * effect: a server render and the hydrating render agree on Ctrl K, and an Apple keyboard's ⌘K
 * replaces it a moment later.
 */
export function SearchLauncher({ allResultsHref }: { allResultsHref: (query: string) => string }) {
  const [open, setOpen] = useState<SearchDialogName | null>(null);
  const [apple, setApple] = useState(false);
  const keysOn = useAppStore(selectSingleKeyShortcuts);

  useEffect(() => {
    const onApple = isApple();
    setApple(onApple);
    const onKeyDown = (event: KeyboardEvent) => {
      const { key } = event;
      if (event.defaultPrevented || event.altKey) return;
      const name =
        key.toLowerCase() === 'k' && (onApple ? event.metaKey : event.ctrlKey)
          ? 'search'
          : event.ctrlKey ||
              event.metaKey ||
              ownsKeys(event.target) ||
              !selectSingleKeyShortcuts(useAppStore.getState())
            ? null
            : key === '/'
              ? 'search'
              : key === '?'
                ? 'shortcuts'
                : null;
      if (!name) return;
      event.preventDefault();
      setOpen(name);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="icon-button search-button js-only"
        aria-keyshortcuts={`${keysOn ? '/ ' : ''}${apple ? 'Meta' : 'Control'}+K`}
        onClick={() => setOpen('search')}
      >
        <span className="icon-button__label">Search</span>
        <span className="search-button__keys" aria-hidden="true">
          {keysOn && <kbd>/</kbd>}
          <kbd>{apple ? '⌘K' : 'Ctrl K'}</kbd>
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <OpenDialog name={open} onClose={() => setOpen(null)} allResultsHref={allResultsHref} />
        </Suspense>
      )}
    </>
  );
}
