import type { LoadSearcher, Searcher } from './searcher';

let loading: Promise<Searcher> | undefined;

/**
 * The search engine, loaded on first use (a dialog opening, the search page, or a pointer heading
 * for the Search button) and kept for every later search; a failed load is forgotten, so the
 * next try starts again. Everything it needs is imported by start-searcher, in its own chunk:
 * a first view carries only this function.
 */
export const loadSearcher: LoadSearcher = () => {
  loading ??= import('./start-searcher')
    .then((module) => module.startSearcher())
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
};
