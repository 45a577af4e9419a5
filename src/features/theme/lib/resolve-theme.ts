import type { ThemeChoice } from '@/store/slices/preferences-slice';

export type Theme = 'light' | 'dark';

export const resolveTheme = (choice: ThemeChoice, systemPrefersDark: boolean): Theme =>
  choice === 'system' ? (systemPrefersDark ? 'dark' : 'light') : choice;

/** The toggle flips whatever the reader currently sees, and that becomes an explicit choice. */
export const toggledTheme = (shown: Theme): Theme => (shown === 'dark' ? 'light' : 'dark');

/**
 * Each theme's page background (--bg in src/styles/index.css): the colour the browser gives its
 * frame (the address bar, an installed app's title bar) through <meta name="theme-color">.
 */
export const THEME_BACKGROUNDS: Readonly<Record<Theme, string>> = {
  light: '#fbfaf7',
  dark: '#15171a',
};

/**
 * The frame colour for a theme-color tag: index.html has one per system scheme (its `media`), and
 * a theme the reader chose wins over both.
 */
export const frameColor = (choice: ThemeChoice, media: string): string =>
  THEME_BACKGROUNDS[resolveTheme(choice, media.includes('dark'))];
