import fc from 'fast-check';
import { READER_PROFILE_IDS } from '@/content/profiles';
import { answerId, bookmarkId } from '@/store/format/ids';
import { mapFrom } from '@/store/format/record-map';
import type {
  AssessmentResult,
  BookmarkRecord,
  BriefRecord,
  ExperimentLog,
  NoteRecord,
  PersistedState,
  ProgressRecord,
} from '@/store/format/schema';
import { PROTOTYPE_NAMES } from './prototype-names';

/** The time the tests treat as "now": every generated time is before it, as the app writes them. */
export const NOW = '2026-11-25T12:00:00.000Z';

/** Valid ISO-8601 UTC timestamps between 2020 and NOW. */
export const isoTime = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.parse(NOW) - 1 })
  .map((ms) => new Date(ms).toISOString());

/** Times a wrong clock or a crafted file could carry: after NOW, up to the year 9999. */
export const futureTime = fc
  .integer({ min: Date.parse(NOW) + 1, max: Date.UTC(9999, 11, 31) })
  .map((ms) => new Date(ms).toISOString());

const slug = fc.constantFrom(
  'is-leadership-for-me',
  'fear-people-challenges',
  'strategy-and-execution',
  'renamed-topic',
  // Record keys that are Object.prototype names must behave like any other key.
  ...PROTOTYPE_NAMES,
);
const id = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
);
// Reader text: anything, including Markdown, HTML and emoji.
const text = fc.string({ unit: 'binary', maxLength: 200 });

const note: fc.Arbitrary<NoteRecord> = fc
  .record(
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
  )
  // Answers live under their prompt's key, as the store keeps them.
  .map((n) => (n.promptId ? { ...n, id: answerId(n.topic, n.promptId) } : n));

const bookmark: fc.Arbitrary<BookmarkRecord> = fc
  .record(
    { topic: slug, section: id, createdAt: isoTime, updatedAt: isoTime, deletedAt: isoTime },
    { requiredKeys: ['topic', 'createdAt', 'updatedAt'] },
  )
  .map((b) => ({ ...b, id: bookmarkId(b.topic, b.section) }));

const progress: fc.Arbitrary<ProgressRecord> = fc.record(
  {
    status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'done' as const),
    updatedAt: isoTime,
    startedAt: isoTime,
    completedAt: isoTime,
  },
  { requiredKeys: ['status', 'updatedAt'] },
);

const experiment: fc.Arbitrary<ExperimentLog> = fc.record(
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

const profile = fc.constantFrom(...READER_PROFILE_IDS);

const assessment: fc.Arbitrary<AssessmentResult> = fc.record(
  {
    id,
    takenAt: isoTime,
    profile,
    answers: fc
      .array(
        fc.tuple(
          id,
          fc.record(
            { level: fc.constantFrom(0, 1, 2, 3, 4, null), evidence: text },
            { requiredKeys: ['level'] },
          ),
        ),
        { maxLength: 6 },
      )
      .map((pairs) => mapFrom(pairs)),
    updatedAt: isoTime,
    deletedAt: isoTime,
  },
  { requiredKeys: ['id', 'takenAt', 'answers', 'updatedAt'] },
);

const brief: fc.Arbitrary<BriefRecord> = fc.record(
  {
    id,
    ask: text,
    feedback: text,
    nextCheckIn: fc.constantFrom('', '2026-12-01', '2027-01-15'),
    createdAt: isoTime,
    updatedAt: isoTime,
    deletedAt: isoTime,
  },
  { requiredKeys: ['id', 'ask', 'feedback', 'nextCheckIn', 'createdAt', 'updatedAt'] },
);

/** Keys records by their own id, as the store does, in maps without a prototype. */
const byId = <T extends { id: string }>(records: T[]) =>
  mapFrom(records.map((r) => [r.id, r] as const));

export const persistedState: fc.Arbitrary<PersistedState> = fc.record({
  preferences: fc.record(
    {
      theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
      profile,
      singleKeyShortcuts: fc.boolean(),
      updatedAt: isoTime,
    },
    { requiredKeys: ['theme', 'updatedAt'] },
  ),
  progress: fc.array(fc.tuple(slug, progress), { maxLength: 4 }).map((pairs) => mapFrom(pairs)),
  bookmarks: fc.array(bookmark, { maxLength: 8 }).map(byId),
  notes: fc.array(note, { maxLength: 12 }).map(byId),
  experiments: fc.array(experiment, { maxLength: 6 }).map(byId),
  assessments: fc.array(assessment, { maxLength: 3 }).map(byId),
  briefs: fc.array(brief, { maxLength: 2 }).map(byId),
  lastPosition: fc.option(
    fc.record(
      { topic: slug, section: id, updatedAt: isoTime },
      { requiredKeys: ['topic', 'updatedAt'] },
    ),
    { nil: null },
  ),
});
