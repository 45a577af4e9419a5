import { lazy, Suspense } from 'react';
import type { LoadSearcher } from '../searcher';
import type { SearchDialogName } from '../use-search-dialogs';

// Neither dialog is in the first view: each loads the first time it opens.
const importSearchDialog = () => import('./search-dialog');
const SearchDialog = lazy(() =>
  importSearchDialog().then((module) => ({ default: module.SearchDialog })),
);
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
);

/**
 * Starts loading the search dialog and its engine when the reader heads for the button (pointer
 * over it, or focus on it), so it is likely ready by the click. Not on idle: a first view would
 * then download the whole search with every page.
 */
export const preloadSearch = (loadSearcher: LoadSearcher) => {
  importSearchDialog().catch(() => {});
  loadSearcher().catch(() => {});
};

export function SearchDialogs({
  open,
  onClose,
  loadSearcher,
  allResultsHref,
}: {
  open: SearchDialogName | null;
  onClose: (returnFocus?: boolean) => void;
  loadSearcher: LoadSearcher;
  allResultsHref: (query: string) => string;
}) {
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      {open === 'search' ? (
        <SearchDialog
          loadSearcher={loadSearcher}
          onClose={onClose}
          allResultsHref={allResultsHref}
        />
      ) : (
        <ShortcutsDialog onClose={onClose} />
      )}
    </Suspense>
  );
}
