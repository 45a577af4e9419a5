import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '@/store/app-store';
import { frameColor, resolveTheme, type Theme } from './lib/resolve-theme';

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
 * Mirrors the theme and the reading preferences onto <html data-theme data-text-size
 * data-line-length data-font>; the stylesheet does the rest. With no data-theme the stylesheet
 * follows the system through `color-scheme: light dark`; public/first-paint.js sets the same
 * attributes before first paint, so a saved choice never flashes the default. That file is
 * written small by hand (it is not bundled, and it counts in every first view): keep the keys
 * here and there the same. It also colours the browser's frame to match (theme-color).
 */
export const useApplyTheme = (): void => {
  const preferences = useAppStore((state) => state.preferences);
  useEffect(() => {
    const data = document.documentElement.dataset;
    for (const key of ['theme', 'textSize', 'lineLength', 'font'] as const) {
      const value = preferences[key];
      if (value && value !== 'system') data[key] = value;
      else delete data[key];
    }
    for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]'))
      meta.content = frameColor(preferences.theme, meta.media);
  }, [preferences]);
};
