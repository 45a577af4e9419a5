import type { PersistedState } from '@/store/format/persisted-state';
import { isNewer } from '@/store/format/records';

export type RecordCounts = {
  notes: number;
  bookmarks: number;
  statuses: number;
  experiments: number;
};

export type RestorePreview = {
  /** What the backup holds. */
  inBackup: RecordCounts;
  /** Merge: records the backup adds, and records where the backup's copy is newer. */
  added: RecordCounts;
  changed: RecordCounts;
  /** Replace: what this browser has now that the backup does not. */
  removedByReplace: RecordCounts;
};

type Kind = 'notes' | 'bookmarks' | 'progress' | 'experiments';
const kinds: [Kind, keyof RecordCounts][] = [
  ['notes', 'notes'],
  ['bookmarks', 'bookmarks'],
  ['progress', 'statuses'],
  ['experiments', 'experiments'],
];

/** Whether a record holds anything of the reader's (not a tombstone or a blank default). */
const isLive = (kind: Kind, record: Record<string, unknown> | undefined): boolean => {
  if (!record || record.deletedAt) return false;
  if (kind === 'notes') return record.body !== '';
  if (kind === 'progress') return record.status !== 'not-started';
  if (kind === 'experiments')
    return record.tried === true || record.why !== '' || record.feeling !== undefined;
  return true;
};

const zero = (): RecordCounts => ({ notes: 0, bookmarks: 0, statuses: 0, experiments: 0 });

export const previewRestore = (current: PersistedState, backup: PersistedState): RestorePreview => {
  const preview: RestorePreview = {
    inBackup: zero(),
    added: zero(),
    changed: zero(),
    removedByReplace: zero(),
  };
  for (const [kind, label] of kinds) {
    const ours = current[kind] as Record<string, Record<string, unknown> & { updatedAt: string }>;
    const theirs = backup[kind] as Record<string, Record<string, unknown> & { updatedAt: string }>;
    for (const [id, record] of Object.entries(theirs)) {
      if (isLive(kind, record)) preview.inBackup[label]++;
      const existing = ours[id];
      if (!existing) {
        if (isLive(kind, record)) preview.added[label]++;
      } else if (
        isNewer(record, existing) &&
        JSON.stringify({ ...record, updatedAt: '' }) !==
          JSON.stringify({ ...existing, updatedAt: '' })
      ) {
        if (isLive(kind, existing) || isLive(kind, record)) {
          if (isLive(kind, existing)) preview.changed[label]++;
          else preview.added[label]++;
        }
      }
    }
    for (const [id, record] of Object.entries(ours)) {
      if (isLive(kind, record) && !isLive(kind, theirs[id])) preview.removedByReplace[label]++;
    }
  }
  return preview;
};
