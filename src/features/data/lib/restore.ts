import { RECORD_KINDS, type RecordKind } from '@/store/format/kinds';
import { copyIfLost, mergeBrief, newer, whyCopyIfLost } from '@/store/format/merge';
import type { PersistedState } from '@/store/format/persisted-state';
import { entryOf, mapFrom } from '@/store/format/record-map';
import type { BriefRecord, ExperimentLog, NoteRecord } from '@/store/format/schema';
import { withEverythingReset } from './reset';

/**
 * Restoring a backup is the reader saying "bring these back", so it follows their intent rather
 * than the clock:
 * - every record a restore takes from the backup is stamped with the restore's time, so it wins
 *   over anything older: a reset's deletions, other open tabs, a device with a slow clock;
 * - Merge never deletes: the backup's deletions are ignored, and where both sides hold a
 *   different text for one note, the newer stays and the other is kept beside it as a
 *   conflicting copy;
 * - Replace leaves exactly the backup's records (the rest become deletions, stamped now, so
 *   other open tabs adopt the replacement instead of writing their copies back).
 */
type AnyRecord = Record<string, unknown> & { updatedAt: string };

/** Whether a record holds anything of the reader's (not a deletion or a blank default). */
export const isLive = (kind: RecordKind, record: AnyRecord | undefined): boolean => {
  if (!record || record.deletedAt) return false;
  if (kind === 'notes') return record.body !== '';
  if (kind === 'progress') return record.status !== 'not-started';
  if (kind === 'experiments')
    return record.tried === true || record.why !== '' || record.feeling !== undefined;
  if (kind === 'briefs')
    return record.ask !== '' || record.feedback !== '' || record.nextCheckIn !== '';
  return true;
};

const restamp = <T extends { updatedAt: string }>(record: T, now: string): T => ({
  ...record,
  updatedAt: now,
});

/** Same content, whenever it was stamped. */
const sameContent = (a: AnyRecord, b: AnyRecord) =>
  JSON.stringify({ ...a, updatedAt: '' }, Object.keys(a).sort()) ===
  JSON.stringify({ ...b, updatedAt: '' }, Object.keys(b).sort());

const records = (state: PersistedState, kind: RecordKind) =>
  state[kind] as Record<string, AnyRecord>;

export const withBackupMerged = (
  current: PersistedState,
  backup: PersistedState,
  now: string,
): PersistedState => {
  const merged = { ...current };
  const kept: NoteRecord[] = [];
  for (const kind of RECORD_KINDS) {
    const ours = records(current, kind);
    const out = mapFrom(Object.entries(ours));
    for (const [id, theirs] of Object.entries(records(backup, kind))) {
      if (!isLive(kind, theirs)) continue;
      const mine = entryOf(ours, id);
      if (!mine || !isLive(kind, mine)) {
        out[id] = restamp(theirs, now);
        continue;
      }
      if (sameContent(mine, theirs)) continue;
      if (kind === 'briefs') {
        // Both sides wrote that day's brief: both texts stay, one below the other.
        const both = mergeBrief(mine as BriefRecord, theirs as BriefRecord, undefined);
        if (!sameContent(both.brief as unknown as AnyRecord, mine))
          out[id] = restamp(both.brief, now);
        if (both.kept) kept.push(restamp(both.kept, now));
        continue;
      }
      const winner = newer(mine, theirs);
      if (winner === theirs) out[id] = restamp(theirs, now);
      const loser = winner === theirs ? mine : theirs;
      const copy =
        kind === 'notes'
          ? copyIfLost(winner as unknown as NoteRecord, loser as unknown as NoteRecord)
          : kind === 'experiments'
            ? whyCopyIfLost(winner as unknown as ExperimentLog, loser as unknown as ExperimentLog)
            : undefined;
      if (copy) kept.push(restamp(copy, now));
    }
    (merged as Record<RecordKind, unknown>)[kind] = out;
  }
  // Texts that lost to the other side's newer version stay, as notes beside it.
  const notes = mapFrom(Object.entries(merged.notes));
  for (const copy of kept) if (!entryOf(notes, copy.id)) notes[copy.id] = copy;
  merged.notes = notes;
  if (newer(current.preferences, backup.preferences) === backup.preferences)
    merged.preferences = restamp(backup.preferences, now);
  if (!current.lastPosition && backup.lastPosition)
    merged.lastPosition = restamp(backup.lastPosition, now);
  return merged;
};

export const withBackupReplaced = (
  current: PersistedState,
  backup: PersistedState,
  now: string,
): PersistedState => {
  const replaced = withEverythingReset(current, now);
  for (const kind of RECORD_KINDS) {
    const out = mapFrom(Object.entries(records(replaced, kind)));
    for (const [id, theirs] of Object.entries(records(backup, kind)))
      if (isLive(kind, theirs)) out[id] = restamp(theirs, now);
    (replaced as Record<RecordKind, unknown>)[kind] = out;
  }
  replaced.preferences = restamp(backup.preferences, now);
  replaced.lastPosition = backup.lastPosition ? restamp(backup.lastPosition, now) : null;
  return replaced;
};

export type RecordCounts = {
  notes: number;
  bookmarks: number;
  statuses: number;
  experiments: number;
  checkups: number;
  briefs: number;
};

export type RestorePreview = {
  /** What the backup holds. */
  inBackup: RecordCounts;
  /** Merge: records it adds or brings back, records it updates, and texts it keeps beside. */
  added: RecordCounts;
  changed: RecordCounts;
  keptBeside: number;
  /** Replace: what this browser has now that the backup does not. */
  removedByReplace: RecordCounts;
  /** Replace: notes both hold, whose text here Replace swaps for the backup's. */
  rewrittenByReplace: number;
};

const label: Record<RecordKind, keyof RecordCounts> = {
  notes: 'notes',
  bookmarks: 'bookmarks',
  progress: 'statuses',
  experiments: 'experiments',
  assessments: 'checkups',
  briefs: 'briefs',
};
const zero = (): RecordCounts => ({
  notes: 0,
  bookmarks: 0,
  statuses: 0,
  experiments: 0,
  checkups: 0,
  briefs: 0,
});

/** Counts what Merge and Replace would do, by running Merge and comparing. */
export const previewRestore = (
  current: PersistedState,
  backup: PersistedState,
  now: string,
): RestorePreview => {
  const preview: RestorePreview = {
    inBackup: zero(),
    added: zero(),
    changed: zero(),
    keptBeside: 0,
    removedByReplace: zero(),
    rewrittenByReplace: 0,
  };
  const merged = withBackupMerged(current, backup, now);
  for (const kind of RECORD_KINDS) {
    const ours = records(current, kind);
    const theirs = records(backup, kind);
    for (const record of Object.values(theirs))
      if (isLive(kind, record)) preview.inBackup[label[kind]]++;
    for (const [id, after] of Object.entries(records(merged, kind))) {
      const before = entryOf(ours, id);
      if (before === after) continue;
      if (kind === 'notes' && (after as Partial<NoteRecord>).conflictOf && !before)
        preview.keptBeside++;
      else if (!isLive(kind, before)) preview.added[label[kind]]++;
      else if (!sameContent(before as AnyRecord, after)) preview.changed[label[kind]]++;
    }
    for (const [id, record] of Object.entries(ours)) {
      const backupCopy = entryOf(theirs, id);
      if (isLive(kind, record) && !isLive(kind, backupCopy))
        preview.removedByReplace[label[kind]]++;
      else if (kind === 'notes' && isLive(kind, record) && backupCopy?.body !== record.body)
        preview.rewrittenByReplace++;
    }
  }
  return preview;
};
