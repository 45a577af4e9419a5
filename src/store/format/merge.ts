import { RECORD_KINDS, type RecordKind } from './kinds';
import { BRIEF_FIELD_MAX_LENGTH, KEY_MAX_LENGTH } from './limits';
import { entryOf, mapFrom } from './record-map';
import type {
  BriefRecord,
  ExperimentLog,
  LastPosition,
  NoteRecord,
  PersistedState,
  Preferences,
} from './schema';

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

/**
 * Both sides changed one record: each field from the side that changed it, the newer side's
 * where both did. Preferences merge this way, so a profile chosen in one tab survives a text
 * size chosen in another.
 */
const mergeFields = <T extends Stamped>(ours: T, theirs: T, base: T | undefined): T => {
  const winner = newer(ours, theirs);
  const loser = winner === ours ? theirs : ours;
  if (!base) return winner;
  const out: Record<string, unknown> = { ...winner };
  const was = base as unknown as Record<string, unknown>;
  const other = loser as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(winner), ...Object.keys(loser)])) {
    if (field === 'updatedAt' || out[field] !== was[field] || other[field] === was[field]) continue;
    if (other[field] === undefined) delete out[field];
    else out[field] = other[field];
  }
  return out as T;
};

const BRIEF_TEXTS = ['ask', 'feedback'] as const;

/**
 * One day's brief written in two places (two tabs, or a backup and this browser): each field
 * from the side that changed it, and where both rewrote a text, the other text is added below
 * the newer one rather than dropped. A text that would pass the field's length is kept as a free
 * note on the last topic instead.
 */
export const mergeBrief = (
  ours: BriefRecord,
  theirs: BriefRecord,
  base: BriefRecord | undefined,
): { brief: BriefRecord; kept?: NoteRecord } => {
  const brief = { ...mergeFields(ours, theirs, base) };
  const loser = newer(ours, theirs) === ours ? theirs : ours;
  let kept: NoteRecord | undefined;
  for (const field of BRIEF_TEXTS) {
    const other = loser[field];
    const rewrote = !base || other !== base[field];
    if (!rewrote || other.trim() === '' || brief[field].includes(other)) continue;
    const both = brief[field].trim() === '' ? other : `${brief[field]}\n\n${other}`;
    if (both.length <= BRIEF_FIELD_MAX_LENGTH) brief[field] = both;
    else
      kept = {
        id: `${loser.id.slice(0, KEY_MAX_LENGTH - 40)}~${field}~${loser.updatedAt}`,
        topic: 'debug-your-leadership',
        body: other,
        createdAt: loser.updatedAt,
        updatedAt: loser.updatedAt,
      };
  }
  return kept ? { brief, kept } : { brief };
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
      } else if (kind === 'briefs') {
        const merged = mergeBrief(
          existing as BriefRecord,
          record as BriefRecord,
          was as BriefRecord | undefined,
        );
        out[id] = merged.brief;
        if (merged.kept) kept.push(merged.kept);
      }
    }
    (merged as Record<RecordKind, unknown>)[kind] = out;
  }
  if (kept.length > 0) {
    const notes = mapFrom(Object.entries(merged.notes));
    for (const copy of kept) if (!entryOf(notes, copy.id)) notes[copy.id] = copy;
    merged.notes = notes;
  }
  const preferences = resolve(ours.preferences, theirs.preferences, base?.preferences, threeWay);
  merged.preferences = preferences.loser
    ? mergeFields<Preferences>(ours.preferences, theirs.preferences, base?.preferences)
    : preferences.winner;
  merged.lastPosition = mergePosition(
    ours.lastPosition,
    theirs.lastPosition,
    base?.lastPosition,
    threeWay,
  );
  return merged;
};
