import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { groupOf, searchGroups } from './groups';
import { highlight, snippet } from './highlight';
import { NotesIndex } from './notes-index';
import { labelTitleOf, searchIndexOptions, tokenize, words } from './search-options';
import type {
  SearchDoc,
  SearchEngine,
  SearchGroup,
  SearchHit,
  SearchKind,
  SearchResults,
} from './types';

export const DEFAULT_LIMIT_PER_GROUP = 8;

const sameDoc = (a: SearchDoc, b: SearchDoc) =>
  a.text === b.text &&
  a.title === b.title &&
  a.topicTitle === b.topicTitle &&
  a.href === b.href &&
  a.focus === b.focus &&
  a.kind === b.kind &&
  a.topic === b.topic;

/** A result's stored fields, as the index keeps them (storeFields in search-options.ts). */
const docOf = (result: SearchResult): SearchDoc => {
  const doc: SearchDoc = {
    id: String(result.id),
    kind: result.kind,
    topic: result.topic,
    topicTitle: result.topicTitle,
    title: result.title ?? labelTitleOf(result.kind) ?? '',
    text: result.text ?? '',
    href: result.href,
  };
  if (typeof result.focus === 'string') doc.focus = result.focus;
  return doc;
};

const hitOf = (result: SearchResult): SearchHit => {
  const doc = docOf(result);
  return {
    ...doc,
    score: result.score,
    snippet: snippet(doc.text, result.terms),
    titleSegments: highlight(doc.title, result.terms),
  };
};

/**
 * What to ask the indexes for `query`. Stop words and lone letters are not indexed, so they are
 * left out of the query too ("what is a kernel" asks for "kernel"). A query of nothing else is
 * a word still being typed ("the" on the way to "theory", "s" to "strategy"): its last word is
 * looked up as a prefix, and a single letter only in titles, where matching every word that
 * starts with it stays cheap and the results read as a list of headings.
 */
/** More words than anyone types to find something: the rest of a pasted paragraph is left out. */
const MAX_TERMS = 12;

const plan = (query: string): { terms: string; options: SearchOptions } | undefined => {
  const terms = tokenize(query).slice(0, MAX_TERMS);
  if (terms.length > 0) return { terms: terms.join(' '), options: {} };
  const last = words(query).at(-1);
  if (!last) return undefined;
  const options: SearchOptions = { tokenize: (text) => words(text), fuzzy: false };
  if (last.length === 1) options.fields = ['title'];
  return { terms: last, options };
};

/**
 * The engine over the course's prebuilt index (`courseJson`, as `virtual:search-index` serves
 * it) and an index of the reader's notes, kept current by `setNotes`. Pure: no DOM, no storage.
 */
export function createSearchEngine(courseJson: string): SearchEngine {
  const course = MiniSearch.loadJSON<SearchDoc>(courseJson, searchIndexOptions);
  const notes = new NotesIndex<SearchDoc>(searchIndexOptions);
  // What each note document held when indexed, to tell a changed note from an unchanged one
  // without re-indexing all of them whenever one changes.
  const indexed = new Map<string, SearchDoc>();

  const setNotes = (docs: readonly SearchDoc[]) =>
    notes.batch(() => {
      const current = new Set<string>();
      for (const doc of docs) {
        current.add(doc.id);
        const before = indexed.get(doc.id);
        if (before && sameDoc(before, doc)) continue;
        if (before) notes.replace(doc);
        else notes.add(doc);
        indexed.set(doc.id, doc);
      }
      for (const id of indexed.keys()) {
        if (current.has(id)) continue;
        // discard, not remove: remove needs the document's original text to find its terms,
        // discard marks it gone at once, and the index is vacuumed later, in the background.
        notes.discard(id);
        indexed.delete(id);
      }
    });

  const find = (query: string, options: SearchOptions) => [
    ...course.search(query, options),
    ...notes.search(query, options),
  ];

  const search = (
    query: string,
    { limitPerGroup = DEFAULT_LIMIT_PER_GROUP }: { limitPerGroup?: number } = {},
  ): SearchResults => {
    const planned = plan(query);
    if (!planned) return { query, total: 0, groups: [] };
    let results = find(planned.terms, { ...planned.options, combineWith: 'AND' });
    if (results.length === 0)
      results = find(planned.terms, { ...planned.options, combineWith: 'OR' });
    const byGroup = new Map<SearchGroup, SearchResult[]>();
    for (const result of results) {
      const group = groupOf[result.kind as SearchKind];
      if (!group) continue;
      const list = byGroup.get(group) ?? [];
      list.push(result);
      byGroup.set(group, list);
    }
    let total = 0;
    const groups: SearchResults['groups'] = [];
    for (const { group, label } of searchGroups) {
      const list = byGroup.get(group);
      if (!list) continue;
      total += list.length;
      // Each index returns its results best first; the snippets are cut for the shown ones only.
      groups.push({ group, label, hits: list.slice(0, Math.max(0, limitPerGroup)).map(hitOf) });
    }
    return { query, total, groups };
  };

  return { setNotes, search };
}

let loading: Promise<SearchEngine> | undefined;

/**
 * The engine with the course index, loaded once: the index is its own chunk, fetched on the
 * first call (when search first opens, or when the browser is idle). Import this module itself
 * with `import()`, so MiniSearch stays out of the first view too. A failed load (offline before
 * the chunk was cached) is forgotten, so the next call tries again.
 */
export function loadSearch(): Promise<SearchEngine> {
  if (!loading) {
    loading = import('virtual:search-index').then((module) => createSearchEngine(module.default));
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}
