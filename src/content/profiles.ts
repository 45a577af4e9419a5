/**
 * Who the reader says they are. The ids are permanent: the store keeps the chosen one in the
 * reader's preferences and validates it against this tuple, so rename one only with a migration.
 */
export const READER_PROFILE_IDS = [
  'weighing-the-move',
  'new-lead',
  'experienced-lead',
  'without-title',
] as const;

export type ReaderProfile = (typeof READER_PROFILE_IDS)[number];

export type ReaderProfileEntry = {
  id: ReaderProfile;
  label: string;
};

// This module ships with the home page's first view, which has almost no byte headroom: it
// holds the choice's labels only. Each path and the line saying why it suits that reader load
// once a reader has chosen (profile-paths.ts).
export const readerProfiles: readonly ReaderProfileEntry[] = [
  {
    id: 'weighing-the-move',
    label: 'An engineer weighing the move',
  },
  {
    id: 'new-lead',
    label: 'A new manager or lead (first year)',
  },
  {
    id: 'experienced-lead',
    label: 'An experienced manager or lead',
  },
  {
    id: 'without-title',
    label: 'Leading without the title',
  },
];
