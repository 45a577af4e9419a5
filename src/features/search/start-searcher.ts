import { getTopicSummary, loadOutlines } from '@/content/catalog';
import { useAppStore } from '@/store/app-store';
import { type NotesDocsState, notesDocs } from './lib/notes-docs';
import { loadSearch } from './lib/search-engine';
import type { Searcher } from './searcher';

const titleOf = (slug: string) => getTopicSummary(slug)?.title;

/**
 * The engine with the course index, and the reader's notes indexed: done once, on first use
 * (load-searcher keeps the promise). From then on the notes index follows the store, so a note
 * written, edited or deleted, here or in another tab, is found or forgotten at the next search.
 */
export async function startSearcher(): Promise<Searcher> {
  const [engine, outlines] = await Promise.all([loadSearch(), loadOutlines()]);
  const index = (state: NotesDocsState) => engine.setNotes(notesDocs(state, outlines, titleOf));
  // Measured by npm run bench (scripts/bench.ts): the first index of the reader's notes.
  performance.mark('search-notes-index-start');
  index(useAppStore.getState());
  performance.measure('search-notes-index', 'search-notes-index-start');
  useAppStore.subscribe((state, previous) => {
    if (state.notes !== previous.notes || state.experiments !== previous.experiments) index(state);
  });
  return engine;
}
