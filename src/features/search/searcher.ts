import type { SearchResults } from './lib/types';

/**
 * What the search UI needs of an engine: lib/search-engine's engine has this shape. The dialog
 * and the page take it (or a function that loads it) as a prop, so tests can hand them a fake.
 */
export type Searcher = {
  search: (query: string, options: { limitPerGroup?: number }) => SearchResults;
};

export type LoadSearcher = () => Promise<Searcher>;
