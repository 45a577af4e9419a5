import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';

export type BookmarkRecord = {
  id: string;
  topic: string;
  /** A section id, or absent for the whole topic. */
  section?: string;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
};

export type BookmarksState = { bookmarks: Record<string, BookmarkRecord> };

/** One bookmark per place: toggling it off and on again in two tabs lands on the same record. */
export const bookmarkId = (topic: string, section?: string) =>
  section ? `${topic}#${section}` : topic;

export const isBookmarked = (state: BookmarksState, topic: string, section?: string): boolean => {
  const record = state.bookmarks[bookmarkId(topic, section)];
  return Boolean(record && !record.deletedAt);
};

export const withBookmarkToggled = <S extends BookmarksState>(
  state: S,
  topic: string,
  section: string | undefined,
  now: string,
): S => {
  const id = bookmarkId(topic, section);
  const existing = state.bookmarks[id];
  const record: BookmarkRecord =
    existing && !existing.deletedAt
      ? { ...existing, updatedAt: now, deletedAt: now }
      : { id, topic, ...(section ? { section } : {}), createdAt: now, updatedAt: now };
  return { ...state, bookmarks: { ...state.bookmarks, [id]: record } };
};

export const withBookmarkRemoved = <S extends BookmarksState>(
  state: S,
  id: string,
  now: string,
): S => {
  const existing = state.bookmarks[id];
  if (!existing || existing.deletedAt) return state;
  return {
    ...state,
    bookmarks: { ...state.bookmarks, [id]: { ...existing, updatedAt: now, deletedAt: now } },
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
  bookmarks: {},
  toggleBookmark: (topic, section) =>
    set((state) => withBookmarkToggled(state, topic, section, nowIso())),
  removeBookmark: (id) => set((state) => withBookmarkRemoved(state, id, nowIso())),
});
