import { entryOf } from '@/store/format/record-map';
import type { ReadingStatus } from '@/store/slices/progress-slice';

type WithProgress = { progress: Record<string, { status: ReadingStatus } | undefined> };

export const selectStatus =
  (topic: string) =>
  (state: WithProgress): ReadingStatus =>
    entryOf(state.progress, topic)?.status ?? 'not-started';

/** How many of these topics are done: a number, so components re-render only when it changes. */
export const selectDoneCount =
  (topics: readonly string[]) =>
  (state: WithProgress): number =>
    topics.filter((topic) => entryOf(state.progress, topic)?.status === 'done').length;

export const statusLabels: Record<ReadingStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};
