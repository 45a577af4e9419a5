import { answerId, bookmarkId } from './ids';
import { NEVER } from './limits';
import type { PersistedState } from './persisted-state';
import { isPlainObject } from './plain';
import { mapFrom } from './record-map';
import { STORE_VERSION } from './version';

export { STORE_VERSION };

type Loose = Record<string, unknown>;
type Step = (state: Loose) => Loose;

const asObject = (value: unknown): Loose => (isPlainObject(value) ? value : {});

/** steps[n] turns version n into version n + 1. */
const steps: Record<number, Step> = {
  1: (state) => ({
    preferences: { theme: asObject(state.preferences).theme ?? 'system', updatedAt: NEVER },
    progress: {},
    bookmarks: {},
    notes: {},
    experiments: {},
    lastPosition: null,
  }),
  // Version 3 adds the optional `conflictOf` to notes; every version 2 record is valid as it is.
  2: (state) => state,
  // Version 4 adds the "skipped" status and optional reading preferences: nothing to change.
  3: (state) => state,
  // Version 5 adds two record maps, empty until the reader takes a check-up or writes a brief.
  4: (state) => ({ ...state, assessments: {}, briefs: {} }),
  // Version 6 adds an optional preference: every version 5 state is valid as it is.
  5: (state) => state,
};

/**
 * Topic slugs are permanent keys, but if one ever must change, add `old: 'new'` here: every
 * record saved under the old slug (in storage or in a backup) is carried to the new one.
 */
export const slugRenames: Readonly<Record<string, string>> = {};

const byId = <T extends { id: string }>(records: T[]): Record<string, T> =>
  mapFrom(records.map((record) => [record.id, record] as const));

export const renameTopics = (
  state: PersistedState,
  renames: Readonly<Record<string, string>>,
): PersistedState => {
  if (Object.keys(renames).length === 0) return state;
  const slug = (topic: string) => (Object.hasOwn(renames, topic) ? renames[topic] : topic) ?? topic;
  return {
    ...state,
    progress: mapFrom(
      Object.entries(state.progress).map(([topic, record]) => [slug(topic), record] as const),
    ),
    bookmarks: byId(
      Object.values(state.bookmarks).map((bookmark) => ({
        ...bookmark,
        topic: slug(bookmark.topic),
        id: bookmarkId(slug(bookmark.topic), bookmark.section),
      })),
    ),
    notes: byId(
      Object.values(state.notes).map((note) => ({
        ...note,
        topic: slug(note.topic),
        id: note.promptId ? answerId(slug(note.topic), note.promptId) : note.id,
      })),
    ),
    experiments: byId(
      Object.values(state.experiments).map((log) => ({ ...log, topic: slug(log.topic) })),
    ),
    lastPosition: state.lastPosition
      ? { ...state.lastPosition, topic: slug(state.lastPosition.topic) }
      : null,
  };
};

export class FutureVersionError extends Error {
  override name = 'FutureVersionError';
}

/** Brings saved data of any known version to the current shape (not yet validated). */
export const migrate = (persisted: unknown, fromVersion: number): unknown => {
  if (!Number.isInteger(fromVersion) || fromVersion < 1)
    throw new Error(`Unknown data version: ${fromVersion}`);
  if (fromVersion > STORE_VERSION) {
    throw new FutureVersionError(
      `This data was saved by a newer version of the app (version ${fromVersion}; this one knows up to ${STORE_VERSION}).`,
    );
  }
  let state = asObject(persisted);
  for (let version = fromVersion; version < STORE_VERSION; version++) {
    const step = steps[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    state = step(state);
  }
  return state;
};
