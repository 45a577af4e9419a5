import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('writes a day, month name and year', () => {
    expect(formatDate('2026-11-25T12:00:00.000Z')).toBe('25 November 2026');
  });
});
