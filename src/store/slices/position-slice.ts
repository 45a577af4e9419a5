import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';
import type { LastPosition } from '@/store/format/schema';

/** Where the reader last was, for "Continue where you left off". */
export type { LastPosition };
export type PositionState = { lastPosition: LastPosition | null };

export const withPosition = <S extends PositionState>(
  state: S,
  topic: string,
  section: string | undefined,
  now: string,
): S => {
  const current = state.lastPosition;
  if (current && current.topic === topic && current.section === section) return state;
  return { ...state, lastPosition: { topic, ...(section ? { section } : {}), updatedAt: now } };
};

export type PositionActions = { rememberPosition: (topic: string, section?: string) => void };

export const createPositionSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  PositionState & PositionActions
> = (set) => ({
  lastPosition: null,
  rememberPosition: (topic, section) =>
    set((state) => withPosition(state, topic, section, nowIso())),
});
