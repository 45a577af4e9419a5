import type { PersistedState } from './app-store';

/**
 * The persisted shape's version. Bump it with every change to what is saved, add a step below
 * that turns the previous version into the new one, and add a fixture of the previous version
 * to migrations.test.ts. A step may add or reshape fields but must never drop a reader's record.
 */
export const STORE_VERSION = 1;

type Step = (state: Record<string, unknown>) => Record<string, unknown>;

/** steps[n] turns version n into version n + 1. */
const steps: Record<number, Step> = {};

export class FutureVersionError extends Error {
  override name = 'FutureVersionError';
}

export const migrate = (persisted: unknown, fromVersion: number): PersistedState => {
  if (fromVersion > STORE_VERSION) {
    throw new FutureVersionError(
      `Saved data is from a newer version of the app (${fromVersion}; this one knows ${STORE_VERSION}).`,
    );
  }
  let state = (persisted ?? {}) as Record<string, unknown>;
  for (let version = fromVersion; version < STORE_VERSION; version++) {
    const step = steps[version];
    if (step) state = step(state);
  }
  return state as PersistedState;
};
