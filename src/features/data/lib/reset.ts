import type { PersistedState } from '@/store/format/persisted-state';
import { mapFrom } from '@/store/format/record-map';

/**
 * Reset and replace are written as tombstones, stamped `now`, rather than as missing records:
 * another open tab merges record by record, and a record that simply vanished here would come
 * back from there. The theme is a setting, not reading data, and is kept.
 */
type TopicFilter = (topic: string) => boolean;

const resetWhere = (state: PersistedState, matches: TopicFilter, now: string): PersistedState => ({
  ...state,
  progress: mapFrom(
    Object.entries(state.progress).map(([topic, record]) =>
      matches(topic) && record.status !== 'not-started'
        ? [topic, { status: 'not-started', updatedAt: now }]
        : [topic, record],
    ),
  ),
  bookmarks: mapFrom(
    Object.entries(state.bookmarks).map(([id, b]) =>
      matches(b.topic) && !b.deletedAt ? [id, { ...b, updatedAt: now, deletedAt: now }] : [id, b],
    ),
  ),
  notes: mapFrom(
    Object.entries(state.notes).map(([id, note]) =>
      matches(note.topic) && !note.deletedAt
        ? [id, { ...note, body: '', updatedAt: now, deletedAt: now }]
        : [id, note],
    ),
  ),
  experiments: mapFrom(
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
