import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';

export type ReadingStatus = 'not-started' | 'in-progress' | 'done';
export const readingStatuses: readonly ReadingStatus[] = ['not-started', 'in-progress', 'done'];

export type ProgressRecord = {
  status: ReadingStatus;
  updatedAt: string;
  startedAt?: string;
  completedAt?: string;
};

/** Keyed by topic slug: slugs are permanent (renames go through migrations.ts). */
export type ProgressState = { progress: Record<string, ProgressRecord> };

export const withStatus = <S extends ProgressState>(
  state: S,
  topic: string,
  status: ReadingStatus,
  now: string,
): S => {
  const previous = state.progress[topic];
  if (previous?.status === status) return state;
  const record: ProgressRecord = { status, updatedAt: now };
  if (status !== 'not-started') record.startedAt = previous?.startedAt ?? now;
  if (status === 'done') record.completedAt = now;
  return { ...state, progress: { ...state.progress, [topic]: record } };
};

/** Opening a topic for the first time marks it "In progress"; any status the reader set stays. */
export const withTopicOpened = <S extends ProgressState>(
  state: S,
  topic: string,
  now: string,
): S => (state.progress[topic] ? state : withStatus(state, topic, 'in-progress', now));

export type ProgressActions = {
  setStatus: (topic: string, status: ReadingStatus) => void;
  markTopicOpened: (topic: string) => void;
};

export const createProgressSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  ProgressState & ProgressActions
> = (set) => ({
  progress: {},
  setStatus: (topic, status) => set((state) => withStatus(state, topic, status, nowIso())),
  markTopicOpened: (topic) => set((state) => withTopicOpened(state, topic, nowIso())),
});
