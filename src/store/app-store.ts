import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { migrate, STORE_VERSION } from './migrations';
import {
  createPreferencesSlice,
  initialPreferences,
  type PreferencesSlice,
  type PreferencesState,
} from './preferences-slice';

export type AppState = PreferencesSlice;

/** What is written to storage: state only, never actions. */
export type PersistedState = PreferencesState;

/** The one key the app keeps in localStorage. public/theme-init.js reads the theme from it too. */
export const STORAGE_KEY = 'debugging-leadership';

export const initialState: PersistedState = { ...initialPreferences };

export const pickPersisted = (state: AppState): PersistedState => ({
  preferences: state.preferences,
});

export const useAppStore = create<AppState>()(
  persist((...a) => ({ ...createPreferencesSlice(...a) }), {
    name: STORAGE_KEY,
    version: STORE_VERSION,
    storage: createJSONStorage(() => localStorage),
    migrate,
    partialize: pickPersisted,
  }),
);
