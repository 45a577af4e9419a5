import { Link } from 'react-router';
import type { SearchResults } from '../lib/types';
import { whereLabel } from '../where-label';
import { MarkedText } from './marked-text';

/**
 * The search page's results, a titled list per kind. A result from the reader's notes carries
 * the id of its text box in the navigation's state, so the topic page opens with it focused.
 */
export function SearchResultGroups({ results }: { results: SearchResults }) {
  return results.groups.map((group) => (
    <section
      key={group.group}
      aria-labelledby={`search-group-${group.group}`}
      className="search-group"
    >
      <h2 id={`search-group-${group.group}`}>
        {group.label} <span className="muted">({group.hits.length})</span>
      </h2>
      <ol className="search-list">
        {group.hits.map((hit) => (
          <li key={hit.id} className="search-hit">
            {/* A topic's own result is titled with the topic already. */}
            {hit.kind !== 'topic' && <span className="search-hit__topic">{hit.topicTitle}</span>}
            <Link
              to={hit.href}
              state={hit.focus ? { focus: hit.focus } : undefined}
              className="search-hit__title"
            >
              <MarkedText segments={hit.titleSegments} />
            </Link>
            <span className="search-hit__snippet">
              <MarkedText segments={hit.snippet} />
            </span>
            <span className="search-hit__where">{whereLabel(hit)}</span>
          </li>
        ))}
      </ol>
    </section>
  ));
}
