import {
  type BookmarkRecord,
  type BookmarksState,
  isBookmarked,
} from '@/store/slices/bookmarks-slice';

export const selectIsBookmarked =
  (topic: string, section?: string) =>
  (state: BookmarksState): boolean =>
    isBookmarked(state, topic, section);

/** Live bookmarks, most recently saved first. Use with useShallow: it builds a new array. */
export const selectBookmarkList = (state: BookmarksState): BookmarkRecord[] =>
  Object.values(state.bookmarks)
    .filter((bookmark) => !bookmark.deletedAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
