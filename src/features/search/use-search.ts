import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '@/store/app-store';
import type { SearchResults } from './lib/types';
import type { LoadSearcher, Searcher } from './searcher';

export type SearcherState =
  | { status: 'loading' }
  | { status: 'ready'; searcher: Searcher }
  | { status: 'failed' };

/** Loads the engine once the dialog opens (its loader keeps one copy for every later open). */
export function useSearcher(load: LoadSearcher): SearcherState {
  const [state, setState] = useState<SearcherState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (searcher) => current && setState({ status: 'ready', searcher }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return state;
}

/**
 * The results for a query, or null with nothing to search yet. The engine's loader keeps the
 * reader's notes indexed as the store changes; reading notes and experiments here runs the
 * search again when one of them changes while results are on screen.
 */
export function useSearchResults(
  searcher: Searcher | null,
  query: string,
  limitPerGroup?: number,
): SearchResults | null {
  const notes = useAppStore((state) => state.notes);
  const experiments = useAppStore((state) => state.experiments);
  // biome-ignore lint/correctness/useExhaustiveDependencies: notes and experiments are what the engine searches besides the course
  return useMemo(
    () =>
      searcher && query
        ? searcher.search(query, limitPerGroup === undefined ? {} : { limitPerGroup })
        : null,
    [searcher, query, limitPerGroup, notes, experiments],
  );
}
