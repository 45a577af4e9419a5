import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';
import { bookmarkId } from '@/store/format/ids';
import { emptyMap, entryOf, withEntry } from '@/store/format/record-map';
import type { BookmarkRecord } from '@/store/format/schema';

export type { BookmarkRecord };
export { bookmarkId };

export type BookmarksState = { bookmarks: Record<string, BookmarkRecord> };

export const isBookmarked = (state: BookmarksState, topic: string, section?: string): boolean => {
  const record = entryOf(state.bookmarks, bookmarkId(topic, section));
  return Boolean(record && !record.deletedAt);
};

export const withBookmarkToggled = <S extends BookmarksState>(
  state: S,
  topic: string,
  section: string | undefined,
  now: string,
): S => {
  const id = bookmarkId(topic, section);
  const existing = entryOf(state.bookmarks, id);
  const record: BookmarkRecord =
    existing && !existing.deletedAt
      ? { ...existing, updatedAt: now, deletedAt: now }
      : { id, topic, ...(section ? { section } : {}), createdAt: now, updatedAt: now };
  return { ...state, bookmarks: withEntry(state.bookmarks, id, record) };
};

export const withBookmarkRemoved = <S extends BookmarksState>(
  state: S,
  id: string,
  now: string,
): S => {
  const existing = entryOf(state.bookmarks, id);
  if (!existing || existing.deletedAt) return state;
  return {
    ...state,
    bookmarks: withEntry<BookmarkRecord>(state.bookmarks, id, {
      ...existing,
      updatedAt: now,
      deletedAt: now,
    }),
  };
};

export type BookmarksActions = {
  toggleBookmark: (topic: string, section?: string) => void;
  removeBookmark: (id: string) => void;
};

export const createBookmarksSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  BookmarksState & BookmarksActions
> = (set) => ({
  bookmarks: emptyMap(),
  toggleBookmark: (topic, section) =>
    set((state) => withBookmarkToggled(state, topic, section, nowIso())),
  removeBookmark: (id) => set((state) => withBookmarkRemoved(state, id, nowIso())),
});
