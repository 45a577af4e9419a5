import { formatDate } from '@/lib/format-date';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * How each check-up is named in lists and pickers: its date ("25 November 2026"), and its time
 * too when another check-up was taken the same day, so no two choices read the same.
 */
export const resultLabels = (
  results: readonly { id: string; takenAt: string }[],
): Map<string, string> => {
  const byDay = new Map<string, number>();
  for (const result of results) {
    const day = formatDate(result.takenAt);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return new Map(
    results.map((result) => {
      const day = formatDate(result.takenAt);
      const shared = (byDay.get(day) ?? 0) > 1;
      const label = shared ? `${day}, ${timeFormat.format(new Date(result.takenAt))}` : day;
      return [result.id, label];
    }),
  );
};
