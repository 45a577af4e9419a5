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

/** Check-ups and briefs span every topic, so only a reset of everything removes them. */
const withCheckupsAndBriefsReset = (state: PersistedState, now: string): PersistedState => ({
  ...state,
  assessments: mapFrom(
    Object.entries(state.assessments).map(([id, result]) =>
      result.deletedAt
        ? [id, result]
        : [id, { id, takenAt: result.takenAt, answers: {}, updatedAt: now, deletedAt: now }],
    ),
  ),
  briefs: mapFrom(
    Object.entries(state.briefs).map(([id, brief]) =>
      brief.deletedAt
        ? [id, brief]
        : [
            id,
            {
              id,
              ask: '',
              feedback: '',
              nextCheckIn: '',
              createdAt: brief.createdAt,
              updatedAt: now,
              deletedAt: now,
            },
          ],
    ),
  ),
});

export const withEverythingReset = (state: PersistedState, now: string): PersistedState => {
  const reset = withCheckupsAndBriefsReset(
    resetWhere(state, () => true, now),
    now,
  );
  // The profile is the reader's own answer to "where are you now?", so it goes with their
  // records; the theme and reading preferences are settings of this browser and stay.
  if (!state.preferences.profile) return reset;
  const { profile: _dropped, ...preferences } = state.preferences;
  return { ...reset, preferences: { ...preferences, updatedAt: now } };
};

export const withTopicReset = (state: PersistedState, topic: string, now: string): PersistedState =>
  resetWhere(state, (t) => t === topic, now);
