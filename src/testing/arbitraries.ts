import fc from 'fast-check';
import type { PersistedState } from '@/store/format/persisted-state';

/** Valid ISO-8601 UTC timestamps between 2020 and 2030, as the app writes them. */
export const isoTime = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

const slug = fc.constantFrom(
  'is-leadership-for-me',
  'fear-people-challenges',
  'strategy-and-execution',
  'renamed-topic',
);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
// Reader text: anything, including Markdown, HTML and emoji.
const text = fc.string({ unit: 'binary', maxLength: 200 });

const note = fc.record(
  {
    id,
    topic: slug,
    promptId: id,
    body: text,
    createdAt: isoTime,
    updatedAt: isoTime,
    deletedAt: isoTime,
  },
  { requiredKeys: ['id', 'topic', 'body', 'createdAt', 'updatedAt'] },
);

const bookmark = fc.record(
  { id, topic: slug, section: id, createdAt: isoTime, updatedAt: isoTime, deletedAt: isoTime },
  { requiredKeys: ['id', 'topic', 'createdAt', 'updatedAt'] },
);

const progress = fc.record(
  {
    status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'done' as const),
    updatedAt: isoTime,
    startedAt: isoTime,
    completedAt: isoTime,
  },
  { requiredKeys: ['status', 'updatedAt'] },
);

const experiment = fc.record(
  {
    id,
    topic: slug,
    tried: fc.boolean(),
    feeling: fc.constantFrom('energising' as const, 'neutral' as const, 'draining' as const),
    why: fc.string({ maxLength: 100 }),
    triedAt: isoTime,
    updatedAt: isoTime,
  },
  { requiredKeys: ['id', 'topic', 'tried', 'why', 'updatedAt'] },
);

/** Keys records by their own id, as the store does. */
const byId = <T extends { id: string }>(records: T[]) =>
  Object.fromEntries(records.map((r) => [r.id, r]));

export const persistedState: fc.Arbitrary<PersistedState> = fc.record({
  preferences: fc.record({
    theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
    updatedAt: isoTime,
  }),
  progress: fc.dictionary(slug, progress),
  bookmarks: fc.array(bookmark, { maxLength: 8 }).map(byId),
  notes: fc.array(note, { maxLength: 12 }).map(byId),
  experiments: fc.array(experiment, { maxLength: 6 }).map(byId),
  lastPosition: fc.option(
    fc.record(
      { topic: slug, section: id, updatedAt: isoTime },
      { requiredKeys: ['topic', 'updatedAt'] },
    ),
    { nil: null },
  ),
});
