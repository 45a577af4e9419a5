/** One area's score in one check-up; `undefined` when the reader answered none of its items. */
export type AreaScoreLike = { area: string; score: number | undefined };

export type ChangeDirection = 'up' | 'down' | 'same' | 'new' | 'gone' | 'none';

export type AreaChange = {
  area: string;
  before?: number;
  after?: number;
  direction: ChangeDirection;
};

// NaN or Infinity in a score would make every comparison false and the words read "up NaN";
// treating them as "no score" keeps the change honest.
const scored = (score: number | undefined): number | undefined =>
  score !== undefined && Number.isFinite(score) ? score : undefined;

export function changeDirection(
  before: number | undefined,
  after: number | undefined,
): ChangeDirection {
  if (before === undefined) return after === undefined ? 'none' : 'new';
  if (after === undefined) return 'gone';
  if (after > before) return 'up';
  if (after < before) return 'down';
  return 'same';
}

/**
 * The change per area from one check-up to the next, in `after`'s area order, then any area
 * that only `before` lists (in its order), so a renamed or dropped area still shows what it was.
 * An area listed twice counts once, at its first row.
 */
export function changeBetween(
  before: readonly AreaScoreLike[],
  after: readonly AreaScoreLike[],
): AreaChange[] {
  // A Map, not an object: area slugs come from data, and "__proto__" must stay an ordinary key.
  const beforeByArea = new Map<string, number | undefined>();
  for (const row of before) {
    if (!beforeByArea.has(row.area)) beforeByArea.set(row.area, scored(row.score));
  }
  const seen = new Set<string>();
  const changes: AreaChange[] = [];
  const add = (area: string, was: number | undefined, now: number | undefined) => {
    seen.add(area);
    changes.push({
      area,
      ...(was === undefined ? {} : { before: was }),
      ...(now === undefined ? {} : { after: now }),
      direction: changeDirection(was, now),
    });
  };
  for (const row of after) {
    if (!seen.has(row.area)) add(row.area, beforeByArea.get(row.area), scored(row.score));
  }
  for (const [area, was] of beforeByArea) {
    if (!seen.has(area)) add(area, was, undefined);
  }
  return changes;
}

// Scores are whole numbers today; a fractional difference still reads as a number, and a
// difference too small to round to 1 is not shown as "up 0".
const amount = (before: number | undefined, after: number | undefined): string => {
  if (before === undefined || after === undefined) return '';
  const difference = Math.abs(after - before);
  if (!Number.isFinite(difference)) return '';
  return difference < 1 ? ' less than 1' : ` ${Math.round(difference)}`;
};

/** The change in words, so it never rests on colour alone: "up 15", "no change", "new"… */
export function changeWords(change: Pick<AreaChange, 'before' | 'after' | 'direction'>): string {
  switch (change.direction) {
    case 'up':
      return `up${amount(change.before, change.after)}`;
    case 'down':
      return `down${amount(change.before, change.after)}`;
    case 'same':
      return 'no change';
    case 'new':
      return 'new';
    case 'gone':
      return 'no longer scored';
    case 'none':
      return 'not scored';
  }
}
