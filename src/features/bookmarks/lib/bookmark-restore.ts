import { entryOf, withEntry } from '@/store/format/record-map';
import type { BookmarkRecord, BookmarksState } from '@/store/slices/bookmarks-slice';

/**
 * Undo of a removed bookmark: it comes back as it was, with its first save date (so it returns
 * to its place in the newest-first list), stamped now so the restore wins any merge. A bookmark
 * saved again since the removal is left as it is.
 */
export const withBookmarkRestored = <S extends BookmarksState>(
  state: S,
  bookmark: BookmarkRecord,
  now: string,
): S => {
  const current = entryOf(state.bookmarks, bookmark.id);
  if (current && !current.deletedAt) return state;
  const { deletedAt: _deleted, ...kept } = bookmark;
  return {
    ...state,
    bookmarks: withEntry<BookmarkRecord>(state.bookmarks, bookmark.id, { ...kept, updatedAt: now }),
  };
};
