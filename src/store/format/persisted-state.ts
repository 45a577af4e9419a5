import type { BookmarksState } from '@/store/slices/bookmarks-slice';
import type { ExperimentsState } from '@/store/slices/experiments-slice';
import type { NotesState } from '@/store/slices/notes-slice';
import type { PositionState } from '@/store/slices/position-slice';
import { initialPreferences, type PreferencesState } from '@/store/slices/preferences-slice';
import type { ProgressState } from '@/store/slices/progress-slice';
import { mergeRecords, newest, sameRecords } from './records';
import { STORE_VERSION } from './version';

/** Everything the reader owns, as written to storage and to backups. */
export type PersistedState = PreferencesState &
  ProgressState &
  BookmarksState &
  NotesState &
  ExperimentsState &
  PositionState;

export const initialPersisted = (): PersistedState => ({
  ...initialPreferences,
  progress: {},
  bookmarks: {},
  notes: {},
  experiments: {},
  lastPosition: null,
});

export const pickPersisted = (state: PersistedState): PersistedState => ({
  preferences: state.preferences,
  progress: state.progress,
  bookmarks: state.bookmarks,
  notes: state.notes,
  experiments: state.experiments,
  lastPosition: state.lastPosition,
});

/**
 * Two copies of the reader's state become one: record by record, the newer wins. Used when
 * another tab writes, before this tab writes, and when a backup is merged in.
 */
export const mergePersisted = (ours: PersistedState, theirs: PersistedState): PersistedState => ({
  preferences: newest(ours.preferences, theirs.preferences) ?? ours.preferences,
  progress: mergeRecords(ours.progress, theirs.progress),
  bookmarks: mergeRecords(ours.bookmarks, theirs.bookmarks),
  notes: mergeRecords(ours.notes, theirs.notes),
  experiments: mergeRecords(ours.experiments, theirs.experiments),
  lastPosition: newest(ours.lastPosition ?? undefined, theirs.lastPosition ?? undefined) ?? null,
});

/** The text stored under the app's key: zustand persist's envelope of state and version. */
export const encodeSaved = (state: PersistedState): string =>
  JSON.stringify({ state, version: STORE_VERSION });

/** Whether two copies hold the same versions of every record (key order aside). */
export const samePersisted = (a: PersistedState, b: PersistedState): boolean =>
  a.preferences.updatedAt === b.preferences.updatedAt &&
  (a.lastPosition?.updatedAt ?? null) === (b.lastPosition?.updatedAt ?? null) &&
  sameRecords(a.progress, b.progress) &&
  sameRecords(a.bookmarks, b.bookmarks) &&
  sameRecords(a.notes, b.notes) &&
  sameRecords(a.experiments, b.experiments);
