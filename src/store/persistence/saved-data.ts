import {
  FutureVersionError,
  migrate,
  renameTopics,
  STORE_VERSION,
  slugRenames,
} from '../migrations';
import type { PersistedState } from '../persisted-state';
import { parsePersistedState } from './persisted-schema';
import { UnreadableDataError } from './unreadable-error';

/** What storage holds under the app's key: zustand persist's envelope. */
export type SavedEnvelope = { state: PersistedState; version: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads saved JSON of any known version into the current shape: parse, migrate, validate, and
 * carry renamed topic slugs forward. Throws UnreadableDataError and changes nothing otherwise.
 */
export const decodeSaved = (raw: string): PersistedState => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UnreadableDataError(
      'not-json',
      'The saved data is not valid JSON (it may have been cut short).',
    );
  }
  if (!isObject(parsed) || typeof parsed.version !== 'number' || !isObject(parsed.state)) {
    throw new UnreadableDataError(
      'not-app-data',
      'The saved data does not have the shape this app writes.',
    );
  }
  let migrated: unknown;
  try {
    migrated = migrate(parsed.state, parsed.version);
  } catch (error) {
    const reason = error instanceof FutureVersionError ? 'newer-version' : 'invalid';
    throw new UnreadableDataError(reason, error instanceof Error ? error.message : String(error));
  }
  const result = parsePersistedState(migrated);
  if (!result.ok)
    throw new UnreadableDataError(
      'invalid',
      `The saved data has wrong fields: ${result.problems.join('; ')}`,
    );
  return renameTopics(result.state, slugRenames);
};

export const encodeSaved = (state: PersistedState): string =>
  JSON.stringify({ state, version: STORE_VERSION });
