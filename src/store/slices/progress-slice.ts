import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';
import { emptyMap, entryOf, withEntry } from '@/store/format/record-map';
import type { ProgressRecord, ReadingStatus } from '@/store/format/schema';

export type { ProgressRecord, ReadingStatus };

export const readingStatuses: readonly ReadingStatus[] = [
  'not-started',
  'in-progress',
  'done',
  'skipped',
];

/** Keyed by topic slug: slugs are permanent (renames go through migrations.ts). */
export type ProgressState = { progress: Record<string, ProgressRecord> };

export const withStatus = <S extends ProgressState>(
  state: S,
  topic: string,
  status: ReadingStatus,
  now: string,
): S => {
  const previous = entryOf(state.progress, topic);
  if (previous?.status === status) return state;
  const record: ProgressRecord = { status, updatedAt: now };
  if (status !== 'not-started') record.startedAt = previous?.startedAt ?? now;
  if (status === 'done') record.completedAt = now;
  return { ...state, progress: withEntry(state.progress, topic, record) };
};

/**
 * Reading a topic (past its first section, or for a while) marks it "In progress" the first
 * time; merely opening it does not. Any status the reader set stays.
 */
export const withTopicStarted = <S extends ProgressState>(
  state: S,
  topic: string,
  now: string,
): S => (entryOf(state.progress, topic) ? state : withStatus(state, topic, 'in-progress', now));

export type ProgressActions = {
  setStatus: (topic: string, status: ReadingStatus) => void;
  markTopicStarted: (topic: string) => void;
};

export const createProgressSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  ProgressState & ProgressActions
> = (set) => ({
  progress: emptyMap(),
  setStatus: (topic, status) => set((state) => withStatus(state, topic, status, nowIso())),
  markTopicStarted: (topic) => set((state) => withTopicStarted(state, topic, nowIso())),
});
