import { formatDate } from '@/lib/format-date';

const minutes = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const seconds = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Names each result by `name`, and reports whether any two came out the same. */
const named = (
  results: readonly { id: string; takenAt: string }[],
  name: (takenAt: string) => string,
) => {
  const labels = new Map(results.map((result) => [result.id, name(result.takenAt)]));
  return { labels, unique: new Set(labels.values()).size === labels.size };
};

/**
 * How each check-up is named in lists and pickers: its date ("25 November 2026"), with the time
 * when two share a day, to the second when two share a minute, and numbered if even that is not
 * enough, so no two choices ever read the same.
 */
export const resultLabels = (
  results: readonly { id: string; takenAt: string }[],
): Map<string, string> => {
  for (const name of [
    formatDate,
    (at: string) => `${formatDate(at)}, ${minutes.format(new Date(at))}`,
    (at: string) => `${formatDate(at)}, ${seconds.format(new Date(at))}`,
  ]) {
    const { labels, unique } = named(results, name);
    if (unique) return labels;
  }
  return new Map(
    results.map((result, index) => [result.id, `${formatDate(result.takenAt)} (${index + 1})`]),
  );
};
