import type { Options } from 'minisearch';
import type { SearchDoc } from './types';

/** Terms shorter than this are matched exactly or as a prefix, never fuzzily. */
const FUZZY_MIN_LENGTH = 5;

/**
 * Words too common to tell one document from another. Leaving them out of the indexes is what
 * lets 2,000 notes be indexed when search opens and searched as the reader types: they are
 * nearly half of all the words in prose, and a prefix like "th" would otherwise match almost
 * every note. "not" and "no" go too: a search for "not" finds nothing useful either way.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her him ' +
    'his i if in into is it its ll me my no not of on or our re she so such than that the ' +
    'their them then there these they this those to us ve was we were what when where which ' +
    'who will with would you your'
  ).split(' '),
);

/** Spaces and punctuation, as MiniSearch splits by default ("team’s" is "team" and "s"). */
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;

/**
 * Lowercases the whole field once, then splits it: one call per field instead of one per word,
 * which is most of the cost of indexing when every word went through `processTerm` alone.
 */
export const tokenize = (text: string): string[] => text.toLowerCase().split(SEPARATORS);

/** A term worth indexing: not empty, not a stop word, not a lone letter (the "s" of "team’s"). */
export const isIndexed = (term: string): boolean =>
  term !== '' && !STOP_WORDS.has(term) && !(term.length === 1 && /\p{L}/u.test(term));

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
  tokenize,
  processTerm: (term) => (isIndexed(term) ? term : null),
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
