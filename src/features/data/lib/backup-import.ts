import { decodeState } from '@/store/format/decode';
import type { PersistedState } from '@/store/format/persisted-state';
import { FORBIDDEN_KEYS, isPlainObject } from '@/store/format/plain';
import { UnreadableDataError } from '@/store/format/unreadable-error';
import { STORE_VERSION } from '@/store/format/version';
import { BACKUP_APP_NAME } from './backup';

/** No backup of this app comes near this: 2,000 long notes are under 1 MB. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export type BackupProblem =
  | 'too-large'
  | 'not-json'
  | 'not-a-backup'
  | 'other-app'
  | 'newer-version'
  | 'forbidden-keys'
  | 'invalid';

export type ParsedBackup =
  | {
      ok: true;
      state: PersistedState;
      /** When the file was made: the backup's export date; null for a copy of saved data. */
      exportedAt: string | null;
      schemaVersion: number;
      /** Records in a copy of saved data that could not be read, left out of the restore. */
      skipped: number;
    }
  | { ok: false; problem: BackupProblem; message: string };

const NOTHING_CHANGED = 'Nothing in this browser was changed.';

const refuse = (problem: BackupProblem, message: string): ParsedBackup => ({
  ok: false,
  problem,
  message: `${message} ${NOTHING_CHANGED}`,
});

/**
 * A copy of the app's saved data, as Settings and the storage alert offer it when saved data
 * could not be read in full: zustand persist's envelope, `{ state, version }`, and nothing else.
 */
const isSavedDataCopy = (data: Record<string, unknown>) =>
  Object.keys(data).length === 2 && typeof data.version === 'number' && isPlainObject(data.state);

/**
 * Reads a backup file's text without touching the store: size, JSON, which app wrote it, its
 * version (older ones are migrated), forbidden keys, and every record's shape. A backup must be
 * whole; a copy of saved data that was kept aside brings back every record that can be read.
 */
export function parseBackup(text: string, now: string): ParsedBackup {
  if (new Blob([text]).size > MAX_BACKUP_BYTES) {
    return refuse(
      'too-large',
      'This file is larger than 5 MB, far bigger than any backup of this app.',
    );
  }
  let forbidden: string | undefined;
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    return refuse(
      'not-json',
      'This file is not a complete backup: it is not valid JSON, so it may be cut short or another kind of file.',
    );
  }
  if (!isPlainObject(data))
    return refuse('not-a-backup', 'This file is not a Debugging Leadership backup.');
  const savedCopy = isSavedDataCopy(data);
  if (data.app !== BACKUP_APP_NAME && !savedCopy) {
    return refuse(
      'other-app',
      'This file was not made by Debugging Leadership, so it cannot be restored here.',
    );
  }
  if (forbidden)
    return refuse(
      'forbidden-keys',
      `This file contains a key named "${forbidden}", which a backup never has, so it was refused.`,
    );
  const schemaVersion = savedCopy ? data.version : data.schemaVersion;
  const { exportedAt, state } = data;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return refuse('not-a-backup', 'This backup has no valid schema version.');
  }
  if (schemaVersion > STORE_VERSION) {
    return refuse(
      'newer-version',
      `This backup was made by a newer version of the app (data version ${schemaVersion}; this one reads up to ${STORE_VERSION}). Open the newest version of the app to restore it.`,
    );
  }
  if (
    !savedCopy &&
    (typeof exportedAt !== 'string' ||
      Number.isNaN(Date.parse(exportedAt)) ||
      !isPlainObject(state))
  ) {
    return refuse('not-a-backup', 'This backup is missing its export date or its data.');
  }
  try {
    const decoded = decodeState(state, schemaVersion, now);
    if (decoded.setAside > 0 && !savedCopy)
      return refuse(
        'invalid',
        `This backup has data this app does not recognise. ${decoded.problems.join('; ')}.`,
      );
    return {
      ok: true,
      state: decoded.state,
      exportedAt: savedCopy ? null : (exportedAt as string),
      schemaVersion,
      skipped: decoded.setAside,
    };
  } catch (error) {
    const detail = error instanceof UnreadableDataError ? error.message : String(error);
    return refuse('invalid', `This backup has data this app does not recognise. ${detail}.`);
  }
}
