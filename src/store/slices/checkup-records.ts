import type { PersistedState } from '@/store/format/persisted-state';
import { entryOf, withEntry } from '@/store/format/record-map';
import type {
  AssessmentAnswer,
  AssessmentResult,
  BriefRecord,
  ReaderProfile,
} from '@/store/format/schema';

/**
 * Check-up results and 1:1 brief fields, as pure reducers over the reader's records. The
 * check-up page passes them to the store's `updateRecords`, so their code loads with that page
 * rather than with every first view.
 */

/** One result per moment taken; the time is in the id, so two tabs never share one. */
export const assessmentId = (takenAt: string) => `checkup-${takenAt}`;

export const withAssessmentSaved = (
  state: PersistedState,
  answers: Record<string, AssessmentAnswer>,
  profile: ReaderProfile | undefined,
  now: string,
): PersistedState => {
  const id = assessmentId(now);
  const result: AssessmentResult = {
    id,
    takenAt: now,
    answers,
    updatedAt: now,
    ...(profile ? { profile } : {}),
  };
  return { ...state, assessments: withEntry(state.assessments, id, result) };
};

/** Deleted means gone from storage: the answers go, the id and times stay as a tombstone. */
export const withAssessmentDeleted = (
  state: PersistedState,
  id: string,
  now: string,
): PersistedState => {
  const existing = entryOf(state.assessments, id);
  if (!existing || existing.deletedAt) return state;
  const tombstone: AssessmentResult = {
    id,
    takenAt: existing.takenAt,
    answers: {},
    updatedAt: now,
    deletedAt: now,
  };
  return { ...state, assessments: withEntry(state.assessments, id, tombstone) };
};

/** Undo of a delete: the result as it was, stamped now so that it wins over its tombstone. */
export const withAssessmentRestored = (
  state: PersistedState,
  result: AssessmentResult,
  now: string,
): PersistedState => {
  const { deletedAt: _gone, ...live } = result;
  return {
    ...state,
    assessments: withEntry(state.assessments, result.id, { ...live, updatedAt: now }),
  };
};

/**
 * Briefs are kept one per day, the reader's own calendar day (YYYY-MM-DD, as their device has
 * it): the fields of that day's brief, written as the reader types.
 */
export const briefId = (day: string) => `brief-${day}`;

export type BriefFields = Pick<BriefRecord, 'ask' | 'feedback' | 'nextCheckIn'>;

export const withBriefSaved = (
  state: PersistedState,
  given: BriefFields,
  day: string,
  now: string,
): PersistedState => {
  const id = briefId(day);
  // A date field gives YYYY-MM-DD or nothing; anything else would fail the saved data's check.
  const fields = /^\d{4}-\d{2}-\d{2}$/.test(given.nextCheckIn)
    ? given
    : { ...given, nextCheckIn: '' };
  const existing = entryOf(state.briefs, id);
  const live = existing && !existing.deletedAt ? existing : undefined;
  if (
    live &&
    live.ask === fields.ask &&
    live.feedback === fields.feedback &&
    live.nextCheckIn === fields.nextCheckIn
  )
    return state;
  const brief: BriefRecord = {
    id,
    ...fields,
    createdAt: live?.createdAt ?? now,
    updatedAt: now,
  };
  return { ...state, briefs: withEntry(state.briefs, id, brief) };
};

/** Results still kept, oldest first. */
export const liveAssessments = (state: Pick<PersistedState, 'assessments'>): AssessmentResult[] =>
  Object.values(state.assessments)
    .filter((result) => !result.deletedAt)
    .sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0));

/** The most recent brief with anything in it: where the next brief starts. */
export const latestBrief = (state: Pick<PersistedState, 'briefs'>): BriefRecord | undefined =>
  Object.values(state.briefs)
    .filter((brief) => !brief.deletedAt)
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))[0];
