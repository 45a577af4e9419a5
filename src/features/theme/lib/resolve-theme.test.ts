import { describe, expect, it } from 'vitest';
import { resolveTheme, toggledTheme } from './resolve-theme';

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
