import type { StateCreator } from 'zustand';
import type { AppState } from '@/store/app-store';
import { nowIso } from '@/store/clock';
import { emptyMap, entryOf, withEntry } from '@/store/format/record-map';
import type { ExperimentLog, Feeling } from '@/store/format/schema';

export type { ExperimentLog, Feeling };

export const feelings: readonly Feeling[] = ['energising', 'neutral', 'draining'];

export type ExperimentsState = { experiments: Record<string, ExperimentLog> };

export type ExperimentChange = Partial<Pick<ExperimentLog, 'tried' | 'feeling' | 'why'>>;

export const withExperimentLogged = <S extends ExperimentsState>(
  state: S,
  topic: string,
  id: string,
  change: ExperimentChange,
  now: string,
): S => {
  const existing: ExperimentLog = entryOf(state.experiments, id) ?? {
    id,
    topic,
    tried: false,
    why: '',
    updatedAt: now,
  };
  const next: ExperimentLog = { ...existing, ...change, updatedAt: now };
  if (change.tried && !existing.tried) next.triedAt = now;
  return { ...state, experiments: withEntry(state.experiments, id, next) };
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
  experiments: emptyMap(),
  logExperiment: (topic, id, change) =>
    set((state) => withExperimentLogged(state, topic, id, change, nowIso())),
});
