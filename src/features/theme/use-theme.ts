import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '@/store/app-store';
import { resolveTheme, type Theme } from './lib/resolve-theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

const subscribeToSystemTheme = (onChange: () => void) => {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const systemPrefersDark = () => window.matchMedia(DARK_QUERY).matches;

export const selectThemeChoice = (state: { preferences: { theme: 'system' | Theme } }) =>
  state.preferences.theme;

/** The theme the reader sees right now: their choice, or the system's when they made none. */
export const useShownTheme = (): Theme => {
  const choice = useAppStore(selectThemeChoice);
  const prefersDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false);
  return resolveTheme(choice, prefersDark);
};

/**
 * Mirrors the choice onto <html data-theme>. With no attribute the stylesheet follows the
 * system through `color-scheme: light dark`; public/theme-init.js sets the same attribute before
 * first paint so an explicit choice never flashes the other theme.
 */
export const useApplyTheme = (): void => {
  const choice = useAppStore(selectThemeChoice);
  useEffect(() => {
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
  }, [choice]);
};
