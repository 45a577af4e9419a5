import { useDeferredValue, useState } from 'react';
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { paths } from '@/app/paths';
import { NeedsJavaScript } from '@/components/ui/needs-javascript';
import { SearchResultGroups } from '@/features/search/components/search-result-groups';
import { loadSearcher } from '@/features/search/load-searcher';
import { useSearcher, useSearchResults } from '@/features/search/use-search';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useHydrated } from '@/lib/use-hydrated';

/**
 * The page shows every result up to this many of each kind (the engine's own default is a few,
 * for the dialog). Past it, the count says so: a one-letter query over thousands of notes would
 * otherwise render them all.
 */
const LIMIT_PER_GROUP = 200;

function Suggestions() {
  return (
    <p>
      Not sure what to look for? Follow <Link to={paths.journey.href()}>the journey</Link> from its
      first topic, or take <Link to={paths.assessment.href()}>the check-up</Link> to see where to
      start.
    </p>
  );
}

export function SearchPage() {
  // The engine and the course's index load with the page (and are kept for later searches);
  // the prerendered page has neither, so it shows the field and what search covers.
  const engine = useSearcher(loadSearcher);
  const searcher = engine.status === 'ready' ? engine.searcher : null;
  useDocumentTitle('Search');
  // The query lives in the URL (?q=…), so a search can be bookmarked and survives a reload. The
  // prerender saw no query, so the page takes it from the URL once hydrated.
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  const text = hydrated ? (params.get('q') ?? '') : '';
  // The field keeps its own value while the reader types; the URL follows it. A field bound to
  // the URL alone would drop keystrokes typed while the router updates.
  const [query, setQuery] = useState(text);
  // Back, Forward or "See all results" from the dialog bring another ?q=: the field takes it.
  // The reader's own typing replaces the URL, and is in the field already.
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const entry = hydrated ? key : null;
  const [seenEntry, setSeenEntry] = useState(entry);
  if (entry !== seenEntry) {
    setSeenEntry(entry);
    if (seenEntry === null || navigationType !== 'REPLACE') setQuery(text);
  }
  const searched = useDeferredValue(query).trim();
  const results = useSearchResults(searcher, searched, LIMIT_PER_GROUP);
  const shown = results?.groups.reduce((sum, group) => sum + group.hits.length, 0) ?? 0;

  return (
    <article className="page search-page">
      <h1>Search</h1>
      <search className="search-page__form js-only">
        <div className="field">
          <label htmlFor="search-q">Search topics, examples and your notes</label>
          <input
            id="search-q"
            type="search"
            maxLength={200}
            className="text-input"
            autoComplete="off"
            enterKeyHint="search"
            value={query}
            // Typed before the app runs, a query would go unsearched and then vanish.
            readOnly={!hydrated}
            onChange={(event) => {
              setQuery(event.target.value);
              const next = event.target.value.trim();
              setParams(next ? { q: next } : {}, { replace: true });
            }}
          />
        </div>
      </search>
      <NeedsJavaScript>Search needs JavaScript, which is off in this browser.</NeedsJavaScript>
      <p role="status" className="search-page__count muted">
        {engine.status === 'failed'
          ? 'Search could not load. Check your connection, then reload the page to try again.'
          : searched && !searcher
            ? 'Loading search…'
            : results && results.total > 0
              ? `${results.total} ${results.total === 1 ? 'result' : 'results'} for “${searched}”${
                  shown < results.total ? `, the first ${LIMIT_PER_GROUP} of each kind shown` : ''
                }`
              : results
                ? `No results for “${searched}”`
                : ''}
      </p>
      {/* At least a screen tall, so results replacing the suggestions never move the footer. */}
      <div className="search-page__results">
        {!results ? (
          <div className="empty-state card">
            <p>
              Search every topic’s sections and takeaways, the real-world examples, the reflections
              and experiments, and everything you have written in this browser.
            </p>
            <Suggestions />
          </div>
        ) : results.total === 0 ? (
          <div className="empty-state card">
            <p>
              Nothing in the course or in your notes matches “{searched}”. Try a shorter word, or
              check the spelling.
            </p>
            <Suggestions />
          </div>
        ) : (
          <SearchResultGroups results={results} />
        )}
      </div>
    </article>
  );
}

export { SearchPage as Component };
