import { KEY_MAX_LENGTH } from './limits';
import { entryOf, mapFrom } from './record-map';
import type { NoteRecord, PersistedState, RecordKind } from './schema';

/**
 * Two copies of the reader's state become one, record by record. This is how two tabs, a tab's
 * journal and the saved data, and storage and memory combine; restoring a backup has its own
 * rules (features/data/lib/restore.ts).
 *
 * Without a base (two copies of unknown history) the newer version of each record wins: merge is
 * then commutative, associative and idempotent, so copies converge whatever the order.
 *
 * With a base (what `ours` was when it last agreed with storage), a record changed on one side
 * only takes that side's version, and a record changed on both sides is a conflict: the newer
 * version wins, and if the older one is a note whose text the winner does not contain, that text
 * is kept beside it as a "conflicting copy". Nothing the reader typed is dropped by a merge.
 */
type Stamped = { updatedAt: string };

const canonical = (record: object) => JSON.stringify(record, Object.keys(record).sort());

/** The later of two versions; on equal stamps, the one with the larger text, so every copy agrees. */
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

const resolve = <T extends Stamped>(
  ours: T,
  theirs: T,
  base: T | undefined,
  hasBase: boolean,
): { winner: T; conflict: boolean } => {
  if (ours === theirs || !hasBase) return { winner: newer(ours, theirs), conflict: false };
  const theirsChanged = base?.updatedAt !== theirs.updatedAt;
  const oursChanged = base?.updatedAt !== ours.updatedAt;
  if (!theirsChanged) return { winner: ours, conflict: false };
  // Ours is as it was: theirs normally wins; newer() also keeps ours if storage went backwards.
  if (!oursChanged) return { winner: newer(ours, theirs), conflict: false };
  return { winner: newer(ours, theirs), conflict: true };
};

const kinds: readonly RecordKind[] = ['progress', 'bookmarks', 'notes', 'experiments'];

export const mergeStates = (
  ours: PersistedState,
  theirs: PersistedState,
  base: PersistedState | null = null,
): PersistedState => {
  const hasBase = base !== null;
  const copies: NoteRecord[] = [];
  const merged = { ...ours };
  for (const kind of kinds) {
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
      const { winner, conflict } = resolve(existing, record, entryOf(before, id), hasBase);
      out[id] = winner;
      if (conflict && kind === 'notes') {
        const loser = (winner === existing ? record : existing) as NoteRecord;
        const copy = copyIfLost(winner as NoteRecord, loser);
        if (copy) copies.push(copy);
      }
    }
    (merged as Record<RecordKind, unknown>)[kind] = out;
  }
  if (copies.length > 0) {
    const notes = mapFrom(Object.entries(merged.notes));
    for (const copy of copies) if (!entryOf(notes, copy.id)) notes[copy.id] = copy;
    merged.notes = notes;
  }
  merged.preferences = resolve(
    ours.preferences,
    theirs.preferences,
    base?.preferences,
    hasBase,
  ).winner;
  merged.lastPosition =
    ours.lastPosition && theirs.lastPosition
      ? resolve(ours.lastPosition, theirs.lastPosition, base?.lastPosition ?? undefined, hasBase)
          .winner
      : (ours.lastPosition ?? theirs.lastPosition);
  return merged;
};
