import type { ReaderProfile } from './profiles';
import type { TopicSlug } from './stages';

/**
 * Each reader profile's suggested path: all twelve topics, in the order we suggest for that
 * reader (profiles.test.ts checks it). Every topic stays open; this only suggests an order. Apart
 * from profiles.ts so that a new reader's first view does not carry it.
 */
export const profilePaths: Readonly<Record<ReaderProfile, readonly TopicSlug[]>> = {
  'weighing-the-move': [
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
  'new-lead': [
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
  'experienced-lead': [
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
  'without-title': [
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
};

/** One line each: why this path suits this reader, shown with "Start here". */
export const profileWhy: Readonly<Record<ReaderProfile, string>> = {
  'weighing-the-move':
    'Start with the decision and the three fears, then try leading before you switch.',
  'new-lead': 'Go straight to the practices your first months test; meet the fears as they come.',
  'experienced-lead':
    'Sharpen the practices where your choices reach furthest, then debug your approach.',
  'without-title': 'Start with influence, then the practices you can lead from where you sit.',
};

/** A topic's reading status, as the store keeps it (structural: content imports nothing of the app). */
export type TopicStatus = 'not-started' | 'in-progress' | 'done' | 'skipped';

/** The first topic on the reader's path that is neither done nor skipped; none once all are. */
export const startHere = (
  profile: ReaderProfile,
  statusOf: (slug: TopicSlug) => TopicStatus | undefined,
): TopicSlug | undefined =>
  profilePaths[profile].find((slug) => {
    const status = statusOf(slug);
    return status !== 'done' && status !== 'skipped';
  });
