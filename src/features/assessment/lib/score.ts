import { AREAS, type Area } from '@/content/areas';
import type { CheckupItem } from '@/content/checkup-schema';

/** 0 is the weakest statement, 4 the strongest, whatever order the item lists them in. */
export type StatementLevel = 0 | 1 | 2 | 3 | 4;

/**
 * One saved answer: structurally the store's `AssessmentAnswer`, restated here so this module
 * does not depend on the store. `null` is "Not applicable".
 */
export type ScoredAnswer = { level: StatementLevel | null; evidence?: string };

/** What scoring needs of an item. */
export type ScoredItem = Pick<CheckupItem, 'id' | 'topic' | 'reverse'>;

/** One area's result: 0..100 where higher is stronger, or no score when nothing was answered. */
export type AreaScore = { area: Area; score: number | undefined; answered: number };

const isLevel = (value: unknown): value is StatementLevel =>
  value === 0 || value === 1 || value === 2 || value === 3 || value === 4;

/** The level of the statement at `statementIndex` (display order) of an item. */
export const levelOf = (
  item: Pick<ScoredItem, 'reverse'>,
  statementIndex: number,
): StatementLevel => {
  const level = item.reverse ? 4 - statementIndex : statementIndex;
  if (!isLevel(level)) throw new RangeError(`No statement ${statementIndex}: items have five`);
  return level;
};

/** Where the statement with a saved level sits in the item's display order (the inverse). */
export const statementIndexOf = (
  item: Pick<ScoredItem, 'reverse'>,
  level: StatementLevel,
): number => (item.reverse ? 4 - level : level);

/**
 * Scores the nine areas, in area order. An area's score is the mean level of its answered items
 * scaled to 0..100 and rounded; "Not applicable" answers are left out of the mean, and an area
 * with no answered item has no score (never 0). Answers are keyed by item id; ids no item has
 * (content changes between editions) are ignored, and so is a level outside 0..4.
 */
export const scoreAreas = (
  items: readonly ScoredItem[],
  answers: Readonly<Record<string, ScoredAnswer | undefined>>,
): AreaScore[] => {
  const levels = new Map<Area, number[]>(AREAS.map((area) => [area, []]));
  for (const item of items) {
    // isLevel also guards an item id like "constructor", which finds Object.prototype's member.
    const level = answers[item.id]?.level;
    if (isLevel(level)) levels.get(item.topic)?.push(level);
  }
  return AREAS.map((area) => {
    const answered = levels.get(area) ?? [];
    const sum = answered.reduce((total, level) => total + level, 0);
    // mean / 4 * 100, in integers so that halves round the same way on every engine.
    const score = answered.length > 0 ? Math.round((sum * 25) / answered.length) : undefined;
    return { area, score, answered: answered.length };
  });
};

/**
 * The areas that most need attention: the three lowest scored (fewer when fewer are scored),
 * lowest first, ties in area order. Unscored areas are never listed.
 */
export const needsAttention = (scores: readonly AreaScore[]): AreaScore[] =>
  scores
    .filter((row) => row.score !== undefined)
    .sort(
      (a, b) => (a.score ?? 0) - (b.score ?? 0) || AREAS.indexOf(a.area) - AREAS.indexOf(b.area),
    )
    .slice(0, 3);
