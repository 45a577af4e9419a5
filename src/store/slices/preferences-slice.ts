import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';
import { NEVER } from '@/store/format/limits';
import type { Preferences, ThemeChoice } from '@/store/format/schema';

export type { Preferences, ThemeChoice };
export { NEVER };
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export type PreferencesState = { preferences: Preferences };

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
