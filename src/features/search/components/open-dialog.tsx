import type { SearchDialogName } from '../keys';
import { loadSearcher } from '../load-searcher';
import { SearchDialog } from './search-dialog';
import { ShortcutsDialog } from './shortcuts-dialog';

/** The dialog that is open: loaded with its sibling, so ? after / costs no second download. */
export function OpenDialog({
  name,
  onClose,
  allResultsHref,
}: {
  name: SearchDialogName;
  onClose: () => void;
  allResultsHref: (query: string) => string;
}) {
  return name === 'search' ? (
    <SearchDialog loadSearcher={loadSearcher} onClose={onClose} allResultsHref={allResultsHref} />
  ) : (
    <ShortcutsDialog onClose={onClose} />
  );
}
