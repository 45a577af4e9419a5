import { decodeState } from '@/store/format/decode';
import type { PersistedState } from '@/store/format/persisted-state';
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
  | { ok: true; state: PersistedState; exportedAt: string; schemaVersion: number }
  | { ok: false; problem: BackupProblem; message: string };

const NOTHING_CHANGED = 'Nothing in this browser was changed.';
// Keys that could reach an object's prototype if ever copied carelessly: refused outright.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const refuse = (problem: BackupProblem, message: string): ParsedBackup => ({
  ok: false,
  problem,
  message: `${message} ${NOTHING_CHANGED}`,
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup file's text without touching the store: size, JSON, which app wrote it, its
 * version (older ones are migrated), forbidden keys, and every record's shape.
 */
export function parseBackup(text: string): ParsedBackup {
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
  if (!isObject(data))
    return refuse('not-a-backup', 'This file is not a Debugging Leadership backup.');
  if (data.app !== BACKUP_APP_NAME) {
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
  const { schemaVersion, exportedAt, state } = data;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return refuse('not-a-backup', 'This backup has no valid schema version.');
  }
  if (schemaVersion > STORE_VERSION) {
    return refuse(
      'newer-version',
      `This backup was made by a newer version of the app (data version ${schemaVersion}; this one reads up to ${STORE_VERSION}). Open the newest version of the app to restore it.`,
    );
  }
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt)) || !isObject(state)) {
    return refuse('not-a-backup', 'This backup is missing its export date or its data.');
  }
  try {
    return { ok: true, state: decodeState(state, schemaVersion), exportedAt, schemaVersion };
  } catch (error) {
    const detail = error instanceof UnreadableDataError ? error.message : String(error);
    return refuse('invalid', `This backup has data this app does not recognise. ${detail}.`);
  }
}
