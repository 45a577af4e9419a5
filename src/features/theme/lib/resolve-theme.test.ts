import { describe, expect, it } from 'vitest';
import { frameColor, resolveTheme, THEME_BACKGROUNDS, toggledTheme } from './resolve-theme';

describe('resolveTheme', () => {
  it('follows the system setting when the reader has not chosen', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });
  it('keeps an explicit choice whatever the system says', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
  it('toggles to the other theme', () => {
    expect(toggledTheme('dark')).toBe('light');
    expect(toggledTheme('light')).toBe('dark');
  });
});

describe('frameColor', () => {
  it('follows each tag’s scheme while the reader has not chosen', () => {
    expect(frameColor('system', '(prefers-color-scheme: light)')).toBe(THEME_BACKGROUNDS.light);
    expect(frameColor('system', '(prefers-color-scheme: dark)')).toBe(THEME_BACKGROUNDS.dark);
  });

  it('gives every tag the chosen theme’s background', () => {
    expect(frameColor('dark', '(prefers-color-scheme: light)')).toBe('#15171a');
    expect(frameColor('light', '(prefers-color-scheme: dark)')).toBe('#fbfaf7');
  });
});
