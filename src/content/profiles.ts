import type { TopicSlug } from './stages';

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
  /** One line: why this path suits this reader. */
  why: string;
  /** All twelve topics, in the order we suggest for this reader. Every topic stays open. */
  path: readonly TopicSlug[];
};

// This module ships with the home page's first view, so it holds the paths as plain data and
// nothing else. Each path lists all twelve topics (profiles.test.ts checks it).
export const readerProfiles: readonly ReaderProfileEntry[] = [
  {
    id: 'weighing-the-move',
    label: 'An engineer weighing the move',
    why: 'Start with the decision and the three fears, then try leading before you switch.',
    path: [
      'is-leadership-for-me',
      'fear-losing-technical-edge',
      'fear-people-challenges',
      'fear-balancing-roles',
      'influence-without-title',
      'culture-and-team-composition',
      'strategy-and-execution',
      'product-development-and-innovation',
      'delivery-and-supportability',
      'resource-management',
      'purpose-and-meaning',
      'debug-your-leadership',
    ],
  },
  {
    id: 'new-lead',
    label: 'A new manager or lead (first year)',
    why: 'Go straight to the practices your first months test; meet the fears as they come.',
    path: [
      'culture-and-team-composition',
      'delivery-and-supportability',
      'strategy-and-execution',
      'resource-management',
      'product-development-and-innovation',
      'purpose-and-meaning',
      'fear-people-challenges',
      'fear-balancing-roles',
      'fear-losing-technical-edge',
      'debug-your-leadership',
      'influence-without-title',
      'is-leadership-for-me',
    ],
  },
  {
    id: 'experienced-lead',
    label: 'An experienced manager or lead',
    why: 'Sharpen the practices where your choices reach furthest, then debug your approach.',
    path: [
      'strategy-and-execution',
      'resource-management',
      'product-development-and-innovation',
      'delivery-and-supportability',
      'culture-and-team-composition',
      'purpose-and-meaning',
      'fear-losing-technical-edge',
      'debug-your-leadership',
      'influence-without-title',
      'fear-balancing-roles',
      'fear-people-challenges',
      'is-leadership-for-me',
    ],
  },
  {
    id: 'without-title',
    label: 'Leading without the title',
    why: 'Start with influence, then the practices you can lead from where you sit.',
    path: [
      'influence-without-title',
      'strategy-and-execution',
      'culture-and-team-composition',
      'product-development-and-innovation',
      'delivery-and-supportability',
      'purpose-and-meaning',
      'resource-management',
      'debug-your-leadership',
      'is-leadership-for-me',
      'fear-people-challenges',
      'fear-losing-technical-edge',
      'fear-balancing-roles',
    ],
  },
];

/** A topic's reading status, as the store keeps it (structural: content imports nothing of the app). */
export type TopicStatus = 'not-started' | 'in-progress' | 'done' | 'skipped';

/** The first topic on the reader's path that is neither done nor skipped; none once all are. */
export const startHere = (
  profile: ReaderProfile,
  statusOf: (slug: TopicSlug) => TopicStatus | undefined,
): TopicSlug | undefined =>
  readerProfiles
    .find((entry) => entry.id === profile)
    ?.path.find((slug) => {
      const status = statusOf(slug);
      return status !== 'done' && status !== 'skipped';
    });
