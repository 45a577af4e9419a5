import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export type Preferences = { theme: ThemeChoice; updatedAt: string };
export type PreferencesState = { preferences: Preferences };

/** The beginning of time: any choice the reader makes is newer than the defaults. */
export const NEVER = '1970-01-01T00:00:00.000Z';

export const initialPreferences: PreferencesState = {
  preferences: { theme: 'system', updatedAt: NEVER },
};

export const withTheme = <S extends PreferencesState>(
  state: S,
  theme: ThemeChoice,
  now: string,
): S => ({
  ...state,
  preferences: { ...state.preferences, theme, updatedAt: now },
});

export type PreferencesActions = { setTheme: (theme: ThemeChoice) => void };

export const createPreferencesSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  PreferencesState & PreferencesActions
> = (set) => ({
  ...initialPreferences,
  setTheme: (theme) => set((state) => withTheme(state, theme, nowIso())),
});
