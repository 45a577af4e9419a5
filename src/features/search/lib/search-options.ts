import type { Options } from 'minisearch';
import type { SearchDoc, SearchKind } from './types';

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

/** A term worth indexing: not empty, not a stop word, not a lone letter (the "s" of "team’s"). */
export const isIndexed = (term: string): boolean =>
  term !== '' && !STOP_WORDS.has(term) && !(term.length === 1 && /\p{L}/u.test(term));

/** Spaces and punctuation end a word, as in MiniSearch's own tokenizer ("team’s" is "team", "s"). */
const SEPARATOR = /[\s\p{Z}\p{P}]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 a separator, 2 part of a word. */
const separatorTable = new Uint8Array(0x10000);
const isSeparator = (code: number) => {
  let known = separatorTable[code];
  if (!known) {
    known = SEPARATOR.test(String.fromCharCode(code)) ? 1 : 2;
    separatorTable[code] = known;
  }
  return known === 1;
};

/**
 * The lowercase words of `text`, those that pass `keep`. One pass over the text, lowercased
 * once, with each character's class looked up in a table: splitting with a Unicode-class RegExp
 * was a quarter of the time to index 2,000 notes. Characters outside the Basic Multilingual Plane
 * (emoji) are never separators, as in MiniSearch's tokenizer.
 */
export const words = (text: string, keep: (word: string) => boolean = Boolean): string[] => {
  const lower = text.toLowerCase();
  const found: string[] = [];
  let start = 0;
  for (let at = 0; at <= lower.length; at++) {
    if (at < lower.length && !isSeparator(lower.charCodeAt(at))) continue;
    if (at > start) {
      const word = lower.slice(start, at);
      if (keep(word)) found.push(word);
    }
    start = at + 1;
  }
  return found;
};

/** The terms MiniSearch indexes and searches for: words, less stop words and lone letters. */
export const tokenize = (text: string): string[] => words(text, isIndexed);

/**
 * Titles that are labels, the same on every document of their kind: shown, never searched (or
 * "note" would find every note). They are not stored either; the engine puts them back.
 */
export const LABEL_TITLES = {
  takeaway: 'Key takeaways',
  note: 'Your note',
} as const satisfies Partial<Record<SearchKind, string>>;

export const labelTitleOf = (kind: SearchKind): string | undefined =>
  (LABEL_TITLES as Partial<Record<SearchKind, string>>)[kind];

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
  extractField: (doc, field) =>
    field === 'title' && labelTitleOf(doc.kind) !== undefined
      ? undefined
      : doc[field as keyof SearchDoc],
  tokenize,
  // tokenize already lowercases and leaves out what is not indexed.
  processTerm: (term) => term,
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
