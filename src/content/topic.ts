import type { TopicFrontmatter } from './schema';
import type { StageId, TopicSlug } from './stages';

/** A section of a topic's body: its permanent id, its heading, and its prose as HTML. */
export type TopicSection = {
  id: string;
  title: string;
  /** Built from the topic's own Markdown at build time (never from reader input). */
  html: string;
  /** The same prose as plain text, for the search index. */
  text: string;
};

/** What the build makes of one topic file. */
export type Topic = TopicFrontmatter & {
  slug: TopicSlug;
  sections: TopicSection[];
  wordCount: number;
  readingMinutes: number;
};

/** The light entry the journey map and navigation need: it ships with the first view. */
export type TopicSummary = {
  slug: TopicSlug;
  title: string;
  summary: string;
  stageId: StageId;
  readingMinutes: number;
};

/** A topic's headings and prompts without its prose, for pages that list the reader's records. */
export type TopicOutline = {
  slug: TopicSlug;
  sections: { id: string; title: string }[];
  reflections: { id: string; prompt: string }[];
  experiments: { id: string; title: string }[];
};
