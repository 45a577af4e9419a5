import * as v from 'valibot';
import { READER_PROFILE_IDS } from '@/content/profiles';
import {
  BRIEF_FIELD_MAX_LENGTH,
  EVIDENCE_MAX_LENGTH,
  EXPERIMENT_WHY_MAX_LENGTH,
  KEY_MAX_LENGTH,
  NOTE_MAX_LENGTH,
} from './limits';
import { FORBIDDEN_KEYS, isPlainObject } from './plain';

/**
 * The shape of the current persisted version, one schema per record. The persisted types are
 * inferred from it, so the shape is written once. Records are checked one by one (decode.ts),
 * so one bad record is set aside without spoiling the rest. Unknown fields are dropped, so data
 * from a newer minor change still loads.
 */
const isoTime = v.pipe(v.string(), v.isoTimestamp());
export const SafeKeySchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(KEY_MAX_LENGTH),
  v.check((key) => !FORBIDDEN_KEYS.has(key), 'forbidden key'),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const PreferencesSchema = v.object({
  theme: v.picklist(['system', 'light', 'dark']),
  /** Reading preferences; absent means the app's default. */
  textSize: v.optional(v.picklist(['small', 'medium', 'large', 'x-large'])),
  lineLength: v.optional(v.picklist(['narrow', 'medium', 'wide'])),
  font: v.optional(v.picklist(['serif', 'sans'])),
  /** Which reader the home page's "Where are you now?" chose; it shapes the suggested path. */
  profile: v.optional(v.picklist(READER_PROFILE_IDS)),
  /** Single-key shortcuts (/, ?, [ and ]); absent means on. Off for speech input (WCAG 2.1.4). */
  singleKeyShortcuts: v.optional(v.boolean()),
  updatedAt: isoTime,
});

export const ProgressRecordSchema = v.object({
  status: v.picklist(['not-started', 'in-progress', 'done', 'skipped']),
  updatedAt: isoTime,
  startedAt: v.optional(isoTime),
  completedAt: v.optional(isoTime),
});

export const BookmarkSchema = v.object({
  id: SafeKeySchema,
  topic: SafeKeySchema,
  /** A section id, or absent for the whole topic. */
  section: v.optional(SafeKeySchema),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: v.optional(isoTime),
});

export const NoteSchema = v.object({
  id: SafeKeySchema,
  topic: SafeKeySchema,
  /** The reflection this note answers; absent for a free note on the topic. */
  promptId: v.optional(SafeKeySchema),
  body: text(NOTE_MAX_LENGTH),
  /**
   * Set on a "conflicting copy": text that lost to another version of the note `conflictOf`
   * (two tabs editing one answer, a merged backup), kept beside it for the reader to decide.
   */
  conflictOf: v.optional(SafeKeySchema),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: v.optional(isoTime),
});

export const ExperimentSchema = v.object({
  id: SafeKeySchema,
  topic: SafeKeySchema,
  tried: v.boolean(),
  feeling: v.optional(v.picklist(['energising', 'neutral', 'draining'])),
  why: text(EXPERIMENT_WHY_MAX_LENGTH),
  triedAt: v.optional(isoTime),
  updatedAt: isoTime,
});

/**
 * One answer of a check-up: the level of the statement the reader recognised, 0 (weakest) to 4
 * (strongest), already turned the right way for items whose statements run strongest first, so a
 * later edition that reorders an item's statements cannot change a past result. Null means "Not
 * applicable".
 */
export const AssessmentAnswerSchema = v.object({
  level: v.nullable(v.picklist([0, 1, 2, 3, 4])),
  evidence: v.optional(text(EVIDENCE_MAX_LENGTH)),
});

/** A completed check-up. Kept as answers, not scores: scores are derived (features/assessment). */
export const AssessmentResultSchema = v.object({
  id: SafeKeySchema,
  takenAt: isoTime,
  profile: v.optional(v.picklist(READER_PROFILE_IDS)),
  // A map, not a list: valibot's record() would take an array's indexes as keys.
  answers: v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'answers must be a map'),
    v.record(SafeKeySchema, AssessmentAnswerSchema),
  ),
  updatedAt: isoTime,
  /** A deleted result keeps its id and times but not its answers. */
  deletedAt: v.optional(isoTime),
});

/**
 * The three fields of a 1:1 brief, one record per day it was written (`brief-YYYY-MM-DD`), so
 * the next brief can start from the last one's asks.
 */
export const BriefSchema = v.object({
  id: SafeKeySchema,
  ask: text(BRIEF_FIELD_MAX_LENGTH),
  feedback: text(BRIEF_FIELD_MAX_LENGTH),
  /** A calendar date, YYYY-MM-DD, or '' when not set. */
  nextCheckIn: v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: v.optional(isoTime),
});

export const LastPositionSchema = v.object({
  topic: SafeKeySchema,
  section: v.optional(SafeKeySchema),
  updatedAt: isoTime,
});

/** The record maps, each checked record by record, with the schema of one record. */
export const recordSchemas = {
  progress: ProgressRecordSchema,
  bookmarks: BookmarkSchema,
  notes: NoteSchema,
  experiments: ExperimentSchema,
  assessments: AssessmentResultSchema,
  briefs: BriefSchema,
} as const;

import type { RecordKind } from './kinds';

export type { RecordKind };

export const PersistedStateSchema = v.object({
  preferences: PreferencesSchema,
  progress: v.record(SafeKeySchema, ProgressRecordSchema),
  bookmarks: v.record(SafeKeySchema, BookmarkSchema),
  notes: v.record(SafeKeySchema, NoteSchema),
  experiments: v.record(SafeKeySchema, ExperimentSchema),
  assessments: v.record(SafeKeySchema, AssessmentResultSchema),
  briefs: v.record(SafeKeySchema, BriefSchema),
  lastPosition: v.nullable(LastPositionSchema),
});

export type Preferences = v.InferOutput<typeof PreferencesSchema>;
export type ThemeChoice = Preferences['theme'];
export type ProgressRecord = v.InferOutput<typeof ProgressRecordSchema>;
export type ReadingStatus = ProgressRecord['status'];
export type BookmarkRecord = v.InferOutput<typeof BookmarkSchema>;
export type NoteRecord = v.InferOutput<typeof NoteSchema>;
export type ExperimentLog = v.InferOutput<typeof ExperimentSchema>;
export type Feeling = NonNullable<ExperimentLog['feeling']>;
export type LastPosition = v.InferOutput<typeof LastPositionSchema>;
export type ReaderProfile = NonNullable<Preferences['profile']>;
export type AssessmentAnswer = v.InferOutput<typeof AssessmentAnswerSchema>;
export type Level = NonNullable<AssessmentAnswer['level']>;
export type AssessmentResult = v.InferOutput<typeof AssessmentResultSchema>;
export type BriefRecord = v.InferOutput<typeof BriefSchema>;

/** Everything the reader owns, as written to storage and to backups. */
export type PersistedState = v.InferOutput<typeof PersistedStateSchema>;
