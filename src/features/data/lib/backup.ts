import type { PersistedState } from '@/store/format/persisted-state';
import { STORE_VERSION } from '@/store/format/version';

export const BACKUP_APP_NAME = 'debugging-leadership';

/** A backup file: which app wrote it, in which schema version, when, and the reader's state. */
export type Backup = {
  app: typeof BACKUP_APP_NAME;
  schemaVersion: number;
  exportedAt: string;
  state: PersistedState;
};

export const createBackup = (state: PersistedState, now: Date): Backup => ({
  app: BACKUP_APP_NAME,
  schemaVersion: STORE_VERSION,
  exportedAt: now.toISOString(),
  state,
});

export const backupFileName = (now: Date) =>
  `debugging-leadership-backup-${now.toISOString().slice(0, 10)}.json`;
