import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export type PreferencesState = { preferences: { theme: ThemeChoice } };
export type PreferencesActions = { setTheme: (theme: ThemeChoice) => void };
export type PreferencesSlice = PreferencesState & PreferencesActions;

export const initialPreferences: PreferencesState = { preferences: { theme: 'system' } };

export const withTheme = <S extends PreferencesState>(state: S, theme: ThemeChoice): S => ({
  ...state,
  preferences: { ...state.preferences, theme },
});

export const createPreferencesSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  PreferencesSlice
> = (set) => ({
  ...initialPreferences,
  setTheme: (theme) => set((state) => withTheme(state, theme)),
});
