import { useEffect, useState } from 'react';
import { useAppStore } from '@/store/app-store';
import { selectSingleKeyShortcuts } from '@/store/slices/preferences-slice';
import { isApple } from '../use-search-dialogs';

/**
 * The header's "Search" button, with its shortcuts shown beside the name. Which modifier key to
 * show is known only in the browser, so it is chosen in an effect: a server render and the
 * hydrating render agree, and the key appears a moment later.
 */
export function SearchButton({ onOpen, onIntent }: { onOpen: () => void; onIntent?: () => void }) {
  const [apple, setApple] = useState<boolean | null>(null);
  const keysOn = useAppStore(selectSingleKeyShortcuts);
  useEffect(() => setApple(isApple()), []);
  const modifier = apple === null ? '' : apple ? 'Meta+K' : 'Control+K';
  return (
    <button
      type="button"
      className="icon-button search-button"
      aria-keyshortcuts={[keysOn ? '/' : '', modifier].join(' ').trim() || undefined}
      onClick={onOpen}
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      <span className="icon-button__label">Search</span>
      <span className="search-button__keys" aria-hidden="true">
        {keysOn && <kbd>/</kbd>}
        {apple !== null && <kbd>{apple ? '⌘K' : 'Ctrl K'}</kbd>}
      </span>
    </button>
  );
}
