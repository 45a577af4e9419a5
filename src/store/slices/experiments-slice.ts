import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';

export type Feeling = 'energising' | 'neutral' | 'draining';
export const feelings: readonly Feeling[] = ['energising', 'neutral', 'draining'];

/** The reader's log of one "Try this week" experiment: their evidence for "is this for me?". */
export type ExperimentLog = {
  id: string;
  topic: string;
  tried: boolean;
  feeling?: Feeling;
  why: string;
  triedAt?: string;
  updatedAt: string;
};

export type ExperimentsState = { experiments: Record<string, ExperimentLog> };

export type ExperimentChange = Partial<Pick<ExperimentLog, 'tried' | 'feeling' | 'why'>>;

export const withExperimentLogged = <S extends ExperimentsState>(
  state: S,
  topic: string,
  id: string,
  change: ExperimentChange,
  now: string,
): S => {
  const existing: ExperimentLog = state.experiments[id] ?? {
    id,
    topic,
    tried: false,
    why: '',
    updatedAt: now,
  };
  const next: ExperimentLog = { ...existing, ...change, updatedAt: now };
  if (change.tried && !existing.tried) next.triedAt = now;
  return { ...state, experiments: { ...state.experiments, [id]: next } };
};

export type ExperimentsActions = {
  logExperiment: (topic: string, id: string, change: ExperimentChange) => void;
};

export const createExperimentsSlice: StateCreator<
  AppState,
  [['zustand/persist', unknown]],
  [],
  ExperimentsState & ExperimentsActions
> = (set) => ({
  experiments: {},
  logExperiment: (topic, id, change) =>
    set((state) => withExperimentLogged(state, topic, id, change, nowIso())),
});
