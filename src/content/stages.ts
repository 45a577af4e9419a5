/**
 * The journey: four stages, in the talk's order. A topic's stage and position come from here,
 * not from its file, so reordering the journey is a one-line change.
 * Slugs are permanent keys for URLs, notes and backups: rename one only with an entry in the
 * store's slug rename map.
 */
export const stages = [
  {
    id: 'decide',
    title: 'Decide',
    blurb: 'Weigh the move with evidence, not guesswork.',
    topics: ['is-leadership-for-me'],
  },
  {
    id: 'face-the-fears',
    title: 'Face the fears',
    blurb: 'Name the three fears most engineers carry, and turn each one into a strength.',
    topics: ['fear-losing-technical-edge', 'fear-people-challenges', 'fear-balancing-roles'],
  },
  {
    id: 'core-practices',
    title: 'Core practices',
    blurb: 'The six areas a technical leader is answerable for, day to day.',
    topics: [
      'culture-and-team-composition',
      'strategy-and-execution',
      'product-development-and-innovation',
      'delivery-and-supportability',
      'resource-management',
      'purpose-and-meaning',
    ],
  },
  {
    id: 'lead-beyond-the-title',
    title: 'Lead beyond the title',
    blurb: 'Lead from wherever you sit, and keep debugging how you do it.',
    topics: ['influence-without-title', 'debug-your-leadership'],
  },
] as const;

export type Stage = (typeof stages)[number];
export type StageId = Stage['id'];
export type TopicSlug = Stage['topics'][number];

/** Every slug, in journey order. */
export const journeyOrder: readonly TopicSlug[] = stages.flatMap((stage) => stage.topics);

export const isTopicSlug = (value: string): value is TopicSlug =>
  (journeyOrder as readonly string[]).includes(value);

const stageBySlug = new Map<string, StageId>(
  stages.flatMap((stage) => stage.topics.map((slug) => [slug, stage.id] as const)),
);

export const stageOf = (slug: TopicSlug): StageId => {
  const stageId = stageBySlug.get(slug);
  if (!stageId) throw new Error(`No stage lists the topic "${slug}"`);
  return stageId;
};
