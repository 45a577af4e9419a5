import * as v from 'valibot';
import type { Changes } from './changes';
import { answerId, bookmarkId } from './ids';
import { RECORD_KINDS, type RecordKind } from './kinds';
import { copyIfLost, newer } from './merge';
import { FutureVersionError, migrate, renameTopics, slugRenames } from './migrations';
import { initialPersisted } from './persisted-state';
import { isPlainObject } from './plain';
import { entryOf, mapFrom } from './record-map';
import {
  type BookmarkRecord,
  LastPositionSchema,
  type NoteRecord,
  type PersistedState,
  PreferencesSchema,
  recordSchemas,
  SafeKeySchema,
} from './schema';
import { UnreadableDataError } from './unreadable-error';

/**
 * The one way saved data comes into the app, from storage, another tab's write, a tab's journal
 * or a backup file: migrate to the current version, check every record on its own, and repair
 * what can be repaired without losing words.
 */
export type Decoded = {
  state: PersistedState;
  /** Records that failed their check and were left out (the caller keeps the raw text). */
  setAside: number;
  /** The first few problems, in words, for the reader and for a bug report. */
  problems: string[];
  /**
   * Anything changed on the way in that storage should lose (a record set aside, a key
   * repaired, a time rewritten in the app's format). A time from the future clamped to `now`
   * does not count: the next write replaces it anyway, and forcing one would make two tabs with
   * different clocks rewrite each other for ever.
   */
  repaired: boolean;
};

type Salvage = { setAside: number; problems: string[]; repaired: boolean };

const MAX_PROBLEMS = 5;
const setAsideProblem = (salvage: Salvage, problem: string) => {
  salvage.setAside++;
  salvage.repaired = true;
  if (salvage.problems.length < MAX_PROBLEMS) salvage.problems.push(problem);
};

/**
 * Every time in a record as the app writes it (ISO-8601 UTC with milliseconds, so times compare
 * as strings), and never later than `now`: a record stamped in the future by a wrong clock or a
 * crafted file would otherwise win every merge for ever. It is clamped to the time it arrived.
 */
const normalizeTimes = <T extends object>(record: T, now: string, salvage: Salvage): T => {
  let changed: Record<string, unknown> | undefined;
  const fields = record as Record<string, unknown>;
  const nowMs = Date.parse(now);
  for (const [field, value] of Object.entries(record)) {
    if (!field.endsWith('At') || typeof value !== 'string') continue;
    // Compared as numbers: a year past 9999 would print as "+010000-…", which sorts as earlier.
    const ms = Date.parse(value);
    const future = ms > nowMs;
    const fixed = future ? now : new Date(ms).toISOString();
    if (fixed !== value) {
      changed ??= { ...fields };
      changed[field] = fixed;
      if (!future) salvage.repaired = true;
    }
  }
  return changed ? (changed as T) : record;
};

const checkRecords = <K extends RecordKind>(
  kind: K,
  input: unknown,
  now: string,
  salvage: Salvage,
): PersistedState[K] => {
  if (input === undefined) return mapFrom([]) as PersistedState[K];
  if (!isPlainObject(input)) {
    setAsideProblem(salvage, `${kind}: a list or value where a map of records belongs`);
    return mapFrom([]) as PersistedState[K];
  }
  const kept: [string, unknown][] = [];
  for (const [key, record] of Object.entries(input)) {
    const keyOk = v.is(SafeKeySchema, key);
    const result = v.safeParse(recordSchemas[kind], record);
    if (keyOk && result.success) kept.push([key, normalizeTimes(result.output, now, salvage)]);
    else
      setAsideProblem(
        salvage,
        `${kind}.${key.slice(0, 60)}: ${keyOk ? (result.issues?.[0]?.message ?? 'invalid') : 'invalid key'}`,
      );
  }
  return mapFrom(kept) as PersistedState[K];
};

/**
 * Keys and ids must agree, and each prompt has one answer: a file that breaks this would hide a
 * note from the notebook while keeping it in storage. A note is keyed by its key; a second answer
 * to a prompt becomes a conflicting copy beside the first (or moves to the answer's place if that
 * is empty); a bookmark moves to the key of its place.
 */
const reconcile = (state: PersistedState, salvage: Salvage): PersistedState => {
  const notes = mapFrom<NoteRecord>([]);
  const misplaced: NoteRecord[] = [];
  for (const [key, record] of Object.entries(state.notes)) {
    const keyed = record.id === key ? record : { ...record, id: key };
    if (keyed !== record) salvage.repaired = true;
    if (keyed.promptId && key !== answerId(keyed.topic, keyed.promptId)) misplaced.push(keyed);
    else notes[key] = keyed;
  }
  for (const stray of misplaced) {
    salvage.repaired = true;
    const home = answerId(stray.topic, stray.promptId ?? '');
    const answer = entryOf(notes, home);
    if (!answer || (answer.deletedAt && stray.updatedAt >= answer.updatedAt)) {
      notes[home] = { ...stray, id: home };
      continue;
    }
    const copy = copyIfLost(answer, { ...stray, id: home });
    if (copy && !entryOf(notes, copy.id)) notes[copy.id] = copy;
  }
  const bookmarks = mapFrom<BookmarkRecord>([]);
  for (const record of Object.values(state.bookmarks)) {
    const home = bookmarkId(record.topic, record.section);
    const placed = record.id === home ? record : { ...record, id: home };
    const there = entryOf(bookmarks, home);
    bookmarks[home] = there ? newer(there, placed) : placed;
  }
  if (Object.keys(bookmarks).length !== Object.keys(state.bookmarks).length)
    salvage.repaired = true;
  const keyedById = <T extends { id: string }>(records: Record<string, T>) =>
    mapFrom(
      Object.entries(records).map(([key, record]) => {
        if (record.id === key) return [key, record] as const;
        salvage.repaired = true;
        return [key, { ...record, id: key }] as const;
      }),
    );
  return {
    ...state,
    notes,
    bookmarks,
    experiments: keyedById(state.experiments),
    assessments: keyedById(state.assessments),
    briefs: keyedById(state.briefs),
  };
};

/**
 * Brings a state saved by any known version of the app to the current shape. Throws
 * UnreadableDataError, in plain words, only when nothing can be read (not an object, or a
 * version this app does not know); otherwise every valid record is kept.
 */
export const decodeState = (input: unknown, version: number, now: string): Decoded => {
  let migrated: unknown;
  try {
    migrated = migrate(input, version);
  } catch (error) {
    const reason = error instanceof FutureVersionError ? 'newer-version' : 'invalid';
    throw new UnreadableDataError(reason, error instanceof Error ? error.message : String(error));
  }
  if (!isPlainObject(migrated))
    throw new UnreadableDataError('not-app-data', 'The data is not a map of records.');
  const salvage: Salvage = { setAside: 0, problems: [], repaired: false };
  const preferences = v.safeParse(PreferencesSchema, migrated.preferences);
  if (!preferences.success) setAsideProblem(salvage, 'preferences: not a valid theme choice');
  const position =
    migrated.lastPosition === null || migrated.lastPosition === undefined
      ? null
      : v.safeParse(LastPositionSchema, migrated.lastPosition);
  if (position && !position.success) setAsideProblem(salvage, 'lastPosition: not a valid place');
  let state: PersistedState = {
    ...initialPersisted(),
    ...(preferences.success
      ? { preferences: normalizeTimes(preferences.output, now, salvage) }
      : {}),
    lastPosition: position?.success ? normalizeTimes(position.output, now, salvage) : null,
  };
  for (const kind of RECORD_KINDS)
    (state as Record<RecordKind, unknown>)[kind] = checkRecords(kind, migrated[kind], now, salvage);
  state = reconcile(state, salvage);
  const renamed = renameTopics(state, slugRenames);
  if (renamed !== state) salvage.repaired = true;
  return { state: renamed, ...salvage };
};

const parseEnvelope = (raw: string): Record<string, unknown> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UnreadableDataError(
      'not-json',
      'The saved data is not valid JSON (it may have been cut short).',
    );
  }
  if (!isPlainObject(parsed) || typeof parsed.version !== 'number' || !isPlainObject(parsed.state))
    throw new UnreadableDataError(
      'not-app-data',
      'The saved data does not have the shape this app writes.',
    );
  return parsed;
};

/** Reads the text saved under the app's key (zustand persist's envelope of state and version). */
export const decodeSaved = (raw: string, now: string): Decoded => {
  const envelope = parseEnvelope(raw);
  return decodeState(envelope.state, envelope.version as number, now);
};

/**
 * Reads a tab's journal: the changes it had not saved yet, and what they were changed from.
 * `setAside` counts records that failed their check: such a journal must be kept, not removed.
 */
export const decodeJournal = (raw: string, now: string): Changes & { setAside: number } => {
  const envelope = parseEnvelope(raw);
  const version = envelope.version as number;
  const changes = decodeState(envelope.state, version, now);
  const base = isPlainObject(envelope.base) ? decodeState(envelope.base, version, now) : null;
  return {
    state: changes.state,
    base: base?.state ?? initialPersisted(),
    setAside: changes.setAside + (base?.setAside ?? 0),
  };
};
