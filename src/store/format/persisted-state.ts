import { NEVER } from './limits';
import { emptyMap } from './record-map';
import type { PersistedState } from './schema';
import { STORE_VERSION } from './version';

export type { PersistedState } from './schema';

export const initialPersisted = (): PersistedState => ({
  preferences: { theme: 'system', updatedAt: NEVER },
  progress: emptyMap(),
  bookmarks: emptyMap(),
  notes: emptyMap(),
  experiments: emptyMap(),
  assessments: emptyMap(),
  briefs: emptyMap(),
  lastPosition: null,
});

export const pickPersisted = (state: PersistedState): PersistedState => ({
  preferences: state.preferences,
  progress: state.progress,
  bookmarks: state.bookmarks,
  notes: state.notes,
  experiments: state.experiments,
  assessments: state.assessments,
  briefs: state.briefs,
  lastPosition: state.lastPosition,
});

/** The text stored under the app's key: zustand persist's envelope of state and version. */
export const encodeSaved = (state: PersistedState): string =>
  JSON.stringify({ state, version: STORE_VERSION });

/** The text of a tab's journal: its unsaved changes and what they were changed from. */
export const encodeJournal = (changes: { state: PersistedState; base: PersistedState }): string =>
  JSON.stringify({ ...changes, version: STORE_VERSION });
