import { listTopics } from '@/content/catalog';
import type { Searcher } from './searcher';
import { createFakeEngine } from './testing/fake-engine';

/**
 * TEMPORARY, until lib/search-engine.ts and lib/notes-docs.ts land from the engine's branch: a
 * stand-in that finds topics by title and summary. The real one loads the engine and the course
 * index, indexes the reader's notes, and follows the store to keep them current.
 */
export async function startSearcher(): Promise<Searcher> {
  return createFakeEngine(
    listTopics().map((topic) => ({
      id: topic.slug,
      kind: 'topic' as const,
      topic: topic.slug,
      topicTitle: topic.title,
      title: topic.title,
      text: topic.summary,
      href: `/topics/${topic.slug}`,
    })),
  );
}
