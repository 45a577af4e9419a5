import type { PersistedState } from '@/store/format/persisted-state';

/**
 * Reset and replace are written as tombstones, stamped `now`, rather than as missing records:
 * another open tab merges record by record, and a record that simply vanished here would come
 * back from there. The theme is a setting, not reading data, and is kept.
 */
type TopicFilter = (topic: string) => boolean;

const resetWhere = (state: PersistedState, matches: TopicFilter, now: string): PersistedState => ({
  ...state,
  progress: Object.fromEntries(
    Object.entries(state.progress).map(([topic, record]) =>
      matches(topic) && record.status !== 'not-started'
        ? [topic, { status: 'not-started', updatedAt: now }]
        : [topic, record],
    ),
  ),
  bookmarks: Object.fromEntries(
    Object.entries(state.bookmarks).map(([id, b]) =>
      matches(b.topic) && !b.deletedAt ? [id, { ...b, updatedAt: now, deletedAt: now }] : [id, b],
    ),
  ),
  notes: Object.fromEntries(
    Object.entries(state.notes).map(([id, note]) =>
      matches(note.topic) && !note.deletedAt
        ? [id, { ...note, body: '', updatedAt: now, deletedAt: now }]
        : [id, note],
    ),
  ),
  experiments: Object.fromEntries(
    Object.entries(state.experiments).map(([id, log]) =>
      matches(log.topic) && (log.tried || log.why || log.feeling)
        ? [id, { id, topic: log.topic, tried: false, why: '', updatedAt: now }]
        : [id, log],
    ),
  ),
  lastPosition: state.lastPosition && matches(state.lastPosition.topic) ? null : state.lastPosition,
});

export const withEverythingReset = (state: PersistedState, now: string): PersistedState =>
  resetWhere(state, () => true, now);

export const withTopicReset = (state: PersistedState, topic: string, now: string): PersistedState =>
  resetWhere(state, (t) => t === topic, now);

/**
 * The backup's records exactly as they were saved, plus a tombstone for each record that only
 * this browser has, so the replacement holds in other tabs too.
 */
export const withReplaced = (
  current: PersistedState,
  backup: PersistedState,
  now: string,
): PersistedState => {
  const cleared = withEverythingReset(current, now);
  return {
    preferences: backup.preferences,
    progress: { ...cleared.progress, ...backup.progress },
    bookmarks: { ...cleared.bookmarks, ...backup.bookmarks },
    notes: { ...cleared.notes, ...backup.notes },
    experiments: { ...cleared.experiments, ...backup.experiments },
    lastPosition: backup.lastPosition,
  };
};
