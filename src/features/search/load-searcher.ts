import { listTopics } from '@/content/catalog';
import type { LoadSearcher, Searcher } from './searcher';

let loading: Promise<Searcher> | undefined;

/**
 * The search engine, loaded on first use (the dialog opening, the search page, or a pointer
 * heading for the Search button) and kept for every later search. A failed load is forgotten,
 * so the next open tries again.
 */
export const loadSearcher: LoadSearcher = () => {
  loading ??= start().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
};

// TEMPORARY, until lib/search-engine.ts and lib/notes-docs.ts land from the engine's branch:
// a stand-in that finds topics by title and summary. The real start() loads the engine, indexes
// the reader's notes and follows the store to keep them current.
async function start(): Promise<Searcher> {
  const { createFakeEngine } = await import('./testing/fake-engine');
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
