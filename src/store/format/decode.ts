import { FutureVersionError, migrate, renameTopics, slugRenames } from './migrations';
import type { PersistedState } from './persisted-state';
import { parsePersistedState } from './schema';
import { UnreadableDataError } from './unreadable-error';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a state saved by any known version of the app to the current shape: migrate, validate,
 * and carry renamed topic slugs forward. Used for saved data and backup files alike. Throws
 * UnreadableDataError, in plain words, and changes nothing.
 */
export const decodeState = (state: unknown, version: number): PersistedState => {
  let migrated: unknown;
  try {
    migrated = migrate(state, version);
  } catch (error) {
    const reason = error instanceof FutureVersionError ? 'newer-version' : 'invalid';
    throw new UnreadableDataError(reason, error instanceof Error ? error.message : String(error));
  }
  const result = parsePersistedState(migrated);
  if (!result.ok)
    throw new UnreadableDataError(
      'invalid',
      `Some records have the wrong shape: ${result.problems.join('; ')}`,
    );
  return renameTopics(result.state, slugRenames);
};

/** Reads the text saved under the app's key (zustand persist's envelope) into the current shape. */
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
  return decodeState(parsed.state, parsed.version);
};
