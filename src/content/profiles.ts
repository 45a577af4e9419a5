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
  /** One line: why this reader's suggested path (profile-paths.ts) suits them. */
  why: string;
};

// This module ships with the home page's first view, which has almost no byte headroom: it
// holds the choice's words only. The paths load once a reader has chosen (profile-paths.ts).
export const readerProfiles: readonly ReaderProfileEntry[] = [
  {
    id: 'weighing-the-move',
    label: 'An engineer weighing the move',
    why: 'Start with the decision and the three fears, then try leading before you switch.',
  },
  {
    id: 'new-lead',
    label: 'A new manager or lead (first year)',
    why: 'Go straight to the practices your first months test; meet the fears as they come.',
  },
  {
    id: 'experienced-lead',
    label: 'An experienced manager or lead',
    why: 'Sharpen the practices where your choices reach furthest, then debug your approach.',
  },
  {
    id: 'without-title',
    label: 'Leading without the title',
    why: 'Start with influence, then the practices you can lead from where you sit.',
  },
];
