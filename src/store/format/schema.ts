import * as v from 'valibot';
import { NOTE_MAX_LENGTH } from '@/store/slices/notes-slice';
import type { PersistedState } from './persisted-state';

/**
 * The shape of the current persisted version, checked whenever data comes in from outside this
 * tab's memory: at start-up, from another tab, and from a backup file. Loose where the future
 * may add fields to a record, strict about types, and it refuses prototype-polluting keys.
 */
const isoTime = v.pipe(v.string(), v.isoTimestamp());
const safeKey = v.pipe(
  v.string(),
  v.maxLength(300),
  v.check(
    (key) => key !== '__proto__' && key !== 'constructor' && key !== 'prototype',
    'forbidden key',
  ),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
// valibot's record() takes an array as an object; a list where a map belongs is corrupt data.
const records = <T extends v.GenericSchema>(record: T) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      'must be a map of records, not a list',
    ),
    v.record(safeKey, record),
  );

const ProgressRecordSchema = v.object({
  status: v.picklist(['not-started', 'in-progress', 'done']),
  updatedAt: isoTime,
  startedAt: v.optional(isoTime),
  completedAt: v.optional(isoTime),
});

const BookmarkSchema = v.object({
  id: safeKey,
  topic: safeKey,
  section: v.optional(safeKey),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: v.optional(isoTime),
});

const NoteSchema = v.object({
  id: safeKey,
  topic: safeKey,
  promptId: v.optional(safeKey),
  body: text(NOTE_MAX_LENGTH),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: v.optional(isoTime),
});

const ExperimentSchema = v.object({
  id: safeKey,
  topic: safeKey,
  tried: v.boolean(),
  feeling: v.optional(v.picklist(['energising', 'neutral', 'draining'])),
  why: text(2_000),
  triedAt: v.optional(isoTime),
  updatedAt: isoTime,
});

export const PersistedStateSchema = v.object({
  preferences: v.object({ theme: v.picklist(['system', 'light', 'dark']), updatedAt: isoTime }),
  progress: records(ProgressRecordSchema),
  bookmarks: records(BookmarkSchema),
  notes: records(NoteSchema),
  experiments: records(ExperimentSchema),
  lastPosition: v.nullable(
    v.object({ topic: safeKey, section: v.optional(safeKey), updatedAt: isoTime }),
  ),
});

export type ParseResult = { ok: true; state: PersistedState } | { ok: false; problems: string[] };

export const parsePersistedState = (input: unknown): ParseResult => {
  const result = v.safeParse(PersistedStateSchema, input);
  if (result.success) return { ok: true, state: result.output as PersistedState };
  return {
    ok: false,
    problems: result.issues
      .slice(0, 5)
      .map((issue) => `${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`),
  };
};
