import type { RecordCounts } from './restore';

/**
 * "1 note, 2 bookmarks": only the kinds there are, or "nothing" when there are none, so a
 * preview never lists a row of zeros.
 */
export const describeCounts = (counts: RecordCounts): string => {
  const parts = [
    [counts.notes, 'note', 'notes'],
    [counts.bookmarks, 'bookmark', 'bookmarks'],
    [counts.statuses, 'reading status', 'reading statuses'],
    [counts.experiments, 'experiment log', 'experiment logs'],
    [counts.checkups, 'check-up result', 'check-up results'],
    [counts.briefs, '1:1 brief', '1:1 briefs'],
  ] as const;
  const shown = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return shown.length === 0 ? 'nothing' : shown.join(', ');
};

export const countsAreEmpty = (counts: RecordCounts): boolean =>
  Object.values(counts).every((count) => count === 0);

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A size as people say it: "812 bytes", "1.5 KB", "10 GB" (binary steps, as browsers count).
 * One decimal under 10, none above, and none when it would be ".0".
 */
export const formatBytes = (bytes: number): string => {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  // 1023.96 KB rounds to "1024 KB": say "1 MB" instead.
  if (rounded >= 1024 && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
  return `${rounded} ${UNITS[unit]}`;
};
