import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { nowIso } from './clock';
import { initialPersisted, type PersistedState, pickPersisted } from './format/persisted-state';
import { STORE_VERSION } from './format/version';
import { createSavedStorage } from './persistence/saved-storage';
import { type BookmarksActions, createBookmarksSlice } from './slices/bookmarks-slice';
import { createExperimentsSlice, type ExperimentsActions } from './slices/experiments-slice';
import { createNotesSlice, type NotesActions } from './slices/notes-slice';
import { createPositionSlice, type PositionActions } from './slices/position-slice';
import { createPreferencesSlice, type PreferencesActions } from './slices/preferences-slice';
import { createProgressSlice, type ProgressActions } from './slices/progress-slice';

export type AppActions = PreferencesActions &
  ProgressActions &
  BookmarksActions &
  NotesActions &
  ExperimentsActions &
  PositionActions & {
    /**
     * Applies a pure reducer over all the reader's records in one update (restore, resets: see
     * features/data/lib). The reducer is passed in so that its code loads with the Settings page
     * instead of with every first view; if it throws, nothing changes.
     */
    updateRecords: (reduce: (state: PersistedState, now: string) => PersistedState) => void;
  };

export type AppState = PersistedState & AppActions;

/** The one key the app keeps in localStorage. public/first-paint.js reads the theme from it too. */
export const STORAGE_KEY = 'debugging-leadership';

export const persistence = createSavedStorage({
  key: STORAGE_KEY,
  version: STORE_VERSION,
  getStorage: () => window.localStorage,
  loadDecoder: () => import('./persistence/reading'),
  now: nowIso,
});

export const useAppStore = create<AppState>()(
  persist<AppState, [], [], PersistedState>(
    (...a) => {
      const [set] = a;
      return {
        ...createPreferencesSlice(...a),
        ...createProgressSlice(...a),
        ...createBookmarksSlice(...a),
        ...createNotesSlice(...a),
        ...createExperimentsSlice(...a),
        ...createPositionSlice(...a),
        ...initialPersisted(),
        updateRecords: (reduce) => set((ours) => reduce(pickPersisted(ours), nowIso())),
      };
    },
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      // Reading, migrating and checking saved data happen in the storage's decoder, at start-up
      // and whenever another tab writes (rehydrate); `merge` combines what was read with memory.
      storage: persistence.storage,
      partialize: pickPersisted,
      // A prerender (src/entry-server.tsx) has no storage to read: it renders the initial state.
      skipHydration: import.meta.env.SSR,
      merge: (read, current) => ({
        ...current,
        ...persistence.mergeRead(read as PersistedState | undefined, pickPersisted(current)),
      }),
      onRehydrateStorage: () => {
        performance.mark('store-hydrate-start');
        return () => performance.measure('store-hydrate', 'store-hydrate-start');
      },
    },
  ),
);

persistence.connect({
  rehydrate: () => useAppStore.persist.rehydrate(),
  update: (change) => useAppStore.setState((state) => change(pickPersisted(state))),
});

if (typeof window !== 'undefined') persistence.listen(window);

/**
 * Reloads the page once every pending write is on disk. pagehide flushes too; this does not
 * leave the last keystrokes to it when the app itself is the one reloading.
 */
export const reloadKeepingEveryWord = (): void => {
  persistence.flushUrgently();
  location.reload();
};

/** Resolves once saved data (if any) has been read: the app renders after that, never before. */
export const storeHydrated = (): Promise<void> =>
  useAppStore.persist.hasHydrated()
    ? Promise.resolve()
    : new Promise((resolve) => {
        const unsubscribe = useAppStore.persist.onFinishHydration(() => {
          unsubscribe();
          resolve();
        });
      });
