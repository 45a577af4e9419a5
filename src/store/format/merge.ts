import { RECORD_KINDS, type RecordKind } from './kinds';
import { KEY_MAX_LENGTH } from './limits';
import { entryOf, mapFrom } from './record-map';
import type { ExperimentLog, LastPosition, NoteRecord, PersistedState } from './schema';

/**
 * Two copies of the reader's state become one, record by record. This is how two tabs, a tab's
 * journal and the saved data, and storage and memory combine; restoring a backup has its own
 * rules (features/data/lib/restore.ts).
 *
 * Two-way (no base: two copies of unknown history): the newer version of each record wins.
 * Merge is then commutative, associative and idempotent, so copies converge in any order.
 *
 * Three-way (with a base: what `ours` last agreed with storage on): a record changed on one side
 * only takes that side's version. A record changed on both sides is a conflict (a record missing
 * from the base counts as changed on both sides): the newer version wins, and the reader's text
 * in the other is kept, never dropped:
 * - a note's other text stays beside it as a "conflicting copy" (unless the winner holds it);
 * - an experiment log merges field by field, and if both sides rewrote "why", the other text is
 *   kept as a free note on the topic.
 * When ours is unchanged but theirs is older (another tab wrote a stale copy, or clocks
 * disagree), ours stays and theirs counts as the other side of a conflict, so a clock that runs
 * behind cannot make an edit disappear either.
 */
type Stamped = { updatedAt: string };

const canonical = (record: object) => JSON.stringify(record, Object.keys(record).sort());

/** The later of two versions; on equal stamps, the larger serialised record, so copies agree. */
export const newer = <T extends Stamped>(a: T, b: T): T => {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
};

const holdsText = (note: NoteRecord) => !note.deletedAt && note.body.trim() !== '';

/** A conflicting copy's id depends only on the version it keeps, so every tab makes the same one. */
export const conflictCopyId = (loser: NoteRecord) =>
  `${loser.id.slice(0, KEY_MAX_LENGTH - 40)}~conflict~${loser.updatedAt}`;

export const conflictCopyOf = (loser: NoteRecord): NoteRecord => ({
  id: conflictCopyId(loser),
  topic: loser.topic,
  body: loser.body,
  conflictOf: loser.conflictOf ?? loser.id,
  createdAt: loser.createdAt,
  updatedAt: loser.updatedAt,
});

/** The text of `loser` that `winner` does not already hold, as a copy to keep, or nothing. */
export const copyIfLost = (winner: NoteRecord, loser: NoteRecord): NoteRecord | undefined =>
  holdsText(loser) && !(holdsText(winner) && winner.body.includes(loser.body))
    ? conflictCopyOf(loser)
    : undefined;

/** A "why" line that lost to another, kept as a free note on the experiment's topic. */
export const whyCopyIfLost = (
  winner: ExperimentLog,
  loser: ExperimentLog,
): NoteRecord | undefined =>
  loser.why.trim() !== '' && !winner.why.includes(loser.why)
    ? {
        id: `${loser.id.slice(0, KEY_MAX_LENGTH - 40)}~why~${loser.updatedAt}`,
        topic: loser.topic,
        body: loser.why,
        createdAt: loser.updatedAt,
        updatedAt: loser.updatedAt,
      }
    : undefined;

type Resolution<T> = { winner: T; loser?: T };

/** One record's three-way (or, without a base, two-way) outcome. */
const resolve = <T extends Stamped>(
  ours: T,
  theirs: T,
  base: T | undefined,
  threeWay: boolean,
): Resolution<T> => {
  if (ours === theirs || !threeWay) return { winner: newer(ours, theirs) };
  const theirsChanged = base?.updatedAt !== theirs.updatedAt;
  const oursChanged = base?.updatedAt !== ours.updatedAt;
  if (!theirsChanged) return { winner: ours };
  const winner = newer(ours, theirs);
  const loser = winner === ours ? theirs : ours;
  if (!oursChanged && winner === theirs) return { winner };
  return { winner, loser };
};

/** Both sides changed one experiment log: each field from the side that changed it. */
const mergeExperiment = (
  ours: ExperimentLog,
  theirs: ExperimentLog,
  base: ExperimentLog | undefined,
): { log: ExperimentLog; whyCopy?: NoteRecord } => {
  const winner = newer(ours, theirs);
  const loser = winner === ours ? theirs : ours;
  const field = <K extends 'tried' | 'feeling' | 'why' | 'triedAt'>(name: K) =>
    base && winner[name] === base[name] ? loser[name] : winner[name];
  const log: ExperimentLog = { ...winner };
  for (const name of ['tried', 'feeling', 'why', 'triedAt'] as const) {
    const value = field(name);
    if (value === undefined) delete log[name];
    else Object.assign(log, { [name]: value });
  }
  const bothRewroteWhy = loser.why !== log.why && (!base || loser.why !== base.why);
  const whyCopy = bothRewroteWhy ? whyCopyIfLost(log, loser) : undefined;
  return whyCopy ? { log, whyCopy } : { log };
};

/** The last place read, where null means "cleared" (a reset) and counts as a version too. */
const mergePosition = (
  ours: LastPosition | null,
  theirs: LastPosition | null,
  base: LastPosition | null | undefined,
  threeWay: boolean,
): LastPosition | null => {
  const stamp = (position: LastPosition | null | undefined) => position?.updatedAt ?? null;
  if (threeWay && stamp(theirs) === stamp(base)) return ours;
  if (threeWay && stamp(ours) === stamp(base)) return theirs;
  if (!ours || !theirs) return ours ?? theirs;
  return newer(ours, theirs);
};

export const mergeStates = (
  ours: PersistedState,
  theirs: PersistedState,
  base: PersistedState | null = null,
): PersistedState => {
  const threeWay = base !== null;
  const kept: NoteRecord[] = [];
  const merged = { ...ours };
  for (const kind of RECORD_KINDS) {
    const mine = ours[kind] as Record<string, Stamped>;
    const other = theirs[kind] as Record<string, Stamped>;
    const before = (base?.[kind] ?? {}) as Record<string, Stamped>;
    const out = mapFrom(Object.entries(mine));
    for (const [id, record] of Object.entries(other)) {
      const existing = entryOf(mine, id);
      if (!existing) {
        out[id] = record;
        continue;
      }
      const was = entryOf(before, id);
      const { winner, loser } = resolve(existing, record, was, threeWay);
      out[id] = winner;
      if (!loser) continue;
      if (kind === 'notes') {
        const copy = copyIfLost(winner as NoteRecord, loser as NoteRecord);
        if (copy) kept.push(copy);
      } else if (kind === 'experiments') {
        const { log, whyCopy } = mergeExperiment(
          existing as ExperimentLog,
          record as ExperimentLog,
          was as ExperimentLog | undefined,
        );
        out[id] = log;
        if (whyCopy) kept.push(whyCopy);
      }
    }
    (merged as Record<RecordKind, unknown>)[kind] = out;
  }
  if (kept.length > 0) {
    const notes = mapFrom(Object.entries(merged.notes));
    for (const copy of kept) if (!entryOf(notes, copy.id)) notes[copy.id] = copy;
    merged.notes = notes;
  }
  merged.preferences = resolve(
    ours.preferences,
    theirs.preferences,
    base?.preferences,
    threeWay,
  ).winner;
  merged.lastPosition = mergePosition(
    ours.lastPosition,
    theirs.lastPosition,
    base?.lastPosition,
    threeWay,
  );
  return merged;
};
