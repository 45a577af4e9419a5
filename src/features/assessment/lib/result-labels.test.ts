import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/format-date';
import { resultLabels } from './result-labels';

// In the machine's time zone, as the reader sees them; times near midday UTC keep the day.
const time = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

describe('resultLabels', () => {
  it('names check-ups by their dates when no two share a day', () => {
    const labels = resultLabels([
      { id: 'a', takenAt: '2026-11-01T12:00:00.000Z' },
      { id: 'b', takenAt: '2026-11-25T12:00:00.000Z' },
    ]);
    expect([...labels.values()]).toEqual([
      formatDate('2026-11-01T12:00:00.000Z'),
      formatDate('2026-11-25T12:00:00.000Z'),
    ]);
  });

  it('adds seconds, then a number, until no two labels read the same', () => {
    const same = '2026-11-25T12:40:00.000Z';
    const labels = resultLabels([
      { id: 'a', takenAt: same },
      { id: 'b', takenAt: '2026-11-25T12:40:07.000Z' },
    ]);
    expect(new Set(labels.values()).size).toBe(2);
    expect(labels.get('b')).toMatch(/:07$/);
    const twins = resultLabels([
      { id: 'a', takenAt: same },
      { id: 'b', takenAt: same },
    ]);
    expect([...twins.values()]).toEqual([`${formatDate(same)} (1)`, `${formatDate(same)} (2)`]);
  });

  it('names a check-up by its date and time when two share a day', () => {
    const labels = resultLabels([
      { id: 'b', takenAt: '2026-11-25T11:05:00.000Z' },
      { id: 'c', takenAt: '2026-11-25T12:40:00.000Z' },
    ]);
    const day = formatDate('2026-11-25T12:00:00.000Z');
    expect(labels.get('b')).toBe(`${day}, ${time('2026-11-25T11:05:00.000Z')}`);
    expect(labels.get('c')).toBe(`${day}, ${time('2026-11-25T12:40:00.000Z')}`);
  });
});
