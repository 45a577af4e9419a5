import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';
import { NEVER } from '@/store/format/limits';
import type { Preferences, ReaderProfile, ThemeChoice } from '@/store/format/schema';

export type { Preferences, ReaderProfile, ThemeChoice };
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

/** Reading preferences: absent means the app's default (medium text, medium line, serif). */
export type ReadingPreferences = Required<Pick<Preferences, 'textSize' | 'lineLength' | 'font'>>;
export type ReadingPreference = keyof ReadingPreferences;
export const withReadingPreference = <S extends PreferencesState, K extends ReadingPreference>(
  state: S,
  key: K,
  value: ReadingPreferences[K],
  now: string,
): S => ({
  ...state,
  preferences: { ...state.preferences, [key]: value, updatedAt: now },
});

export const withProfile = <S extends PreferencesState>(
  state: S,
  profile: ReaderProfile,
  now: string,
): S => ({ ...state, preferences: { ...state.preferences, profile, updatedAt: now } });

export const withSingleKeyShortcuts = <S extends PreferencesState>(
  state: S,
  on: boolean,
  now: string,
): S => ({
  ...state,
  preferences: { ...state.preferences, singleKeyShortcuts: on, updatedAt: now },
});

/** Absent means on: single-key shortcuts (/, ?, [ and ]) work until the reader turns them off. */
export const selectSingleKeyShortcuts = (state: PreferencesState): boolean =>
  state.preferences.singleKeyShortcuts !== false;

export type PreferencesActions = {
  setProfile: (profile: ReaderProfile) => void;
  setSingleKeyShortcuts: (on: boolean) => void;
  setTheme: (theme: ThemeChoice) => void;
  setReadingPreference: <K extends ReadingPreference>(key: K, value: ReadingPreferences[K]) => void;
};

export const createPreferencesSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  PreferencesState & PreferencesActions
> = (set) => ({
  ...initialPreferences,
  setTheme: (theme) => set((state) => withTheme(state, theme, nowIso())),
  setProfile: (profile) => set((state) => withProfile(state, profile, nowIso())),
  setSingleKeyShortcuts: (on) => set((state) => withSingleKeyShortcuts(state, on, nowIso())),
  setReadingPreference: (key, value) =>
    set((state) => withReadingPreference(state, key, value, nowIso())),
});
