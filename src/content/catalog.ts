import topicIndex from 'virtual:topic-index';
import { type StageId, stages } from './stages';
import type { Topic, TopicOutline, TopicSummary } from './topic';

// One lazy chunk per topic: a page loads only the prose it shows.
const topicLoaders = import.meta.glob<Topic>('./topics/*.md', { import: 'default' });

/** Every topic's summary, in journey order. */
export const listTopics = (): readonly TopicSummary[] => topicIndex;

export const getTopicSummary = (slug: string): TopicSummary | undefined =>
  topicIndex.find((topic) => topic.slug === slug);

/** The full topic with its prose, or undefined for an unknown slug. */
export const loadTopic = async (slug: string): Promise<Topic | undefined> =>
  topicLoaders[`./topics/${slug}.md`]?.();

/** Headings and prompts of every topic, in journey order: loaded only by pages that need them. */
export const loadOutlines = async (): Promise<readonly TopicOutline[]> =>
  (await import('virtual:topic-outlines')).default;

export type StageWithTopics = {
  id: StageId;
  number: number;
  title: string;
  blurb: string;
  topics: TopicSummary[];
};

export const listStages = (): StageWithTopics[] =>
  stages.map((stage, index) => ({
    id: stage.id,
    number: index + 1,
    title: stage.title,
    blurb: stage.blurb,
    topics: topicIndex.filter((topic) => topic.stageId === stage.id),
  }));

export type JourneyPosition = {
  stageNumber: number;
  stageTitle: string;
  topicNumber: number;
  topicCount: number;
  previous?: TopicSummary;
  next?: TopicSummary;
};

/** Where a topic sits in the journey, and its neighbours in reading order. */
export const journeyPosition = (slug: string): JourneyPosition | undefined => {
  const index = topicIndex.findIndex((topic) => topic.slug === slug);
  const topic = topicIndex[index];
  if (!topic) return undefined;
  const stageIndex = stages.findIndex((stage) => stage.id === topic.stageId);
  return {
    stageNumber: stageIndex + 1,
    stageTitle: stages[stageIndex]?.title ?? '',
    topicNumber: index + 1,
    topicCount: topicIndex.length,
    previous: topicIndex[index - 1],
    next: topicIndex[index + 1],
  };
};
