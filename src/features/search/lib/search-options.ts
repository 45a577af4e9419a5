import type { Options } from 'minisearch';
import type { SearchDoc } from './types';

/** Terms shorter than this are matched exactly or as a prefix, never fuzzily. */
const FUZZY_MIN_LENGTH = 5;

/**
 * The MiniSearch options of both indexes: the course's, built at build time by
 * scripts/search/vite-plugin-search.ts and loaded with `MiniSearch.loadJSON(json, options)`, and
 * the reader's notes, built in the browser. The build and the client must tokenize, store and
 * score alike, so both take this one object. Imports only MiniSearch's types: the build must not
 * pull the engine into anything, and the client pays for MiniSearch only when search opens.
 */
export const searchIndexOptions: Options<SearchDoc> = {
  idField: 'id',
  // topicTitle is searched so that "strategy kernel" finds the Kernel section of the strategy
  // topic with AND, even though the section's own words never say "strategy".
  fields: ['title', 'text', 'topicTitle'],
  // Everything a result shows (the snippet is cut from `text`), so a hit needs no other lookup.
  storeFields: ['kind', 'topic', 'topicTitle', 'title', 'text', 'href', 'focus'],
  searchOptions: {
    // A heading that names the query is what a reader is looking for; a word in a long body is
    // weaker evidence. The topic's own title weighs least: it is on every document of a topic,
    // so it may decide a tie or complete an AND, but not outrank a real match.
    boost: { title: 4, text: 1, topicTitle: 0.5 },
    // Results update as the reader types, so the word being typed is always a prefix.
    prefix: true,
    // One typo in a word of 5 to 7 letters, two from 8 up ("stategy" finds "strategy"). Four-letter
    // words get none: one edit away from "lead" are "load", "read", "head" and "lean".
    fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
    maxFuzzy: 2,
    // Each word typed narrows the results, as readers expect from a search box; the engine
    // falls back to OR when AND finds nothing, so one word the course never uses (or a typo too
    // far for fuzzy matching) shows the best partial matches instead of "no results".
    combineWith: 'AND',
  },
};
