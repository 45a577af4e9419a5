/**
 * Every record the reader owns carries the time it last changed. Two copies of the state (two
 * tabs, or a backup and this browser) merge record by record, and the newer record wins, so
 * neither side can erase the other's work. A deletion is a record too (a tombstone with
 * `deletedAt`), so it travels through a merge instead of being undone by it.
 */
export type Stamped = { updatedAt: string };
export type RecordMap<T extends Stamped> = Record<string, T>;

/** ISO-8601 UTC strings compare correctly as strings. */
export const isNewer = (a: Stamped, b: Stamped): boolean => a.updatedAt > b.updatedAt;

/** The newer of two versions of a record; on a tie, `ours` stays, so merging is stable. */
export const newest = <T extends Stamped>(
  ours: T | undefined,
  theirs: T | undefined,
): T | undefined => {
  if (!ours) return theirs;
  if (!theirs) return ours;
  return isNewer(theirs, ours) ? theirs : ours;
};

export const mergeRecords = <T extends Stamped>(
  ours: RecordMap<T>,
  theirs: RecordMap<T>,
): RecordMap<T> => {
  const merged: RecordMap<T> = { ...ours };
  for (const [id, record] of Object.entries(theirs)) {
    const winner = newest(ours[id], record);
    if (winner) merged[id] = winner;
  }
  return merged;
};

/** Object.entries order for record maps differs between copies; compare by content. */
export const sameRecords = <T extends Stamped>(a: RecordMap<T>, b: RecordMap<T>): boolean => {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key]?.updatedAt === b[key]?.updatedAt);
};
