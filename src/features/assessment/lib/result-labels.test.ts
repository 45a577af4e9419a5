import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/format-date';
import { resultLabels } from './result-labels';

// In the machine's time zone, as the reader sees them; times near midday UTC keep the day.
const time = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

describe('resultLabels', () => {
  it('names a check-up by its date, adding the time only when two share a day', () => {
    const labels = resultLabels([
      { id: 'a', takenAt: '2026-11-01T12:00:00.000Z' },
      { id: 'b', takenAt: '2026-11-25T11:05:00.000Z' },
      { id: 'c', takenAt: '2026-11-25T12:40:00.000Z' },
    ]);
    const day = formatDate('2026-11-25T12:00:00.000Z');
    expect(labels.get('a')).toBe(formatDate('2026-11-01T12:00:00.000Z'));
    expect(labels.get('b')).toBe(`${day}, ${time('2026-11-25T11:05:00.000Z')}`);
    expect(labels.get('c')).toBe(`${day}, ${time('2026-11-25T12:40:00.000Z')}`);
  });
});
