import type { ThemeChoice } from '@/store/slices/preferences-slice';

export type Theme = 'light' | 'dark';

export const resolveTheme = (choice: ThemeChoice, systemPrefersDark: boolean): Theme =>
  choice === 'system' ? (systemPrefersDark ? 'dark' : 'light') : choice;

/** The toggle flips whatever the reader currently sees, and that becomes an explicit choice. */
export const toggledTheme = (shown: Theme): Theme => (shown === 'dark' ? 'light' : 'dark');
