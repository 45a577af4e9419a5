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

type WithAnswers = { notes: Record<string, { body: string; deletedAt?: string } | undefined> };
type WithExperiments = { experiments: Record<string, { tried: boolean } | undefined> };

/** How many of these notes (a topic's reflection answers) hold some words: a number. */
export const selectAnsweredCount =
  (noteIds: readonly string[]) =>
  (state: WithAnswers): number =>
    noteIds.filter((id) => {
      const note = entryOf(state.notes, id);
      return Boolean(note && !note.deletedAt && note.body.trim());
    }).length;

/** How many of these experiments the reader ticked as tried: a number. */
export const selectTriedCount =
  (experimentIds: readonly string[]) =>
  (state: WithExperiments): number =>
    experimentIds.filter((id) => entryOf(state.experiments, id)?.tried === true).length;

/** The topic "Continue" points at, once the reader has started one. */
export const selectContinueTopic = (state: {
  lastPosition: { topic: string } | null;
}): string | undefined => state.lastPosition?.topic;
