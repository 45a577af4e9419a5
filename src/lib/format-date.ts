const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "25 November 2026", from an ISO timestamp. */
export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));
