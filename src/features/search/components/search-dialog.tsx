import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApple } from '../keys';
import type { SearchHit } from '../lib/types';
import type { LoadSearcher } from '../searcher';
import { useModalDialog } from '../use-modal-dialog';
import { useSearcher, useSearchResults } from '../use-search';
import { whereLabel } from '../where-label';
import { MarkedText } from './marked-text';

/** The dialog shows the best few of each kind; "See all results" opens the rest. */
const LIMIT_PER_GROUP = 5;

/** The query as the status line says it: a long one is shortened, not read out whole. */
const spoken = (query: string) => (query.length > 60 ? `${query.slice(0, 57)}…` : query);

const countText = (total: number, query: string) =>
  total === 0
    ? `No results for “${spoken(query)}”.`
    : `${total} ${total === 1 ? 'result' : 'results'} for “${spoken(query)}”.`;

/**
 * Search as a modal dialog (a native <dialog>: focus stays inside, the page behind is inert)
 * holding a WAI-ARIA combobox: the field keeps focus while the arrow keys move the active option
 * of a grouped listbox (aria-activedescendant), Enter opens it and Escape closes the dialog.
 */
export function SearchDialog({
  loadSearcher,
  onClose,
  allResultsHref,
}: {
  loadSearcher: LoadSearcher;
  onClose: () => void;
  allResultsHref: (query: string) => string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listboxId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  // Searched in the same render as the keystroke: the engine answers in a few milliseconds, and
  // a deferred value cost a frame between the key and its results (npm run bench: key to
  // results p95 about 20 ms deferred, under 16 ms without).
  const searched = query.trim();
  const loaded = useSearcher(loadSearcher);
  const results = useSearchResults(
    loaded.status === 'ready' ? loaded.searcher : null,
    searched,
    LIMIT_PER_GROUP,
  );
  const hits = useMemo(() => results?.groups.flatMap((group) => group.hits) ?? [], [results]);
  // The first result is active for new results, so Enter opens the best match straight away.
  const [chosen, setChosen] = useState({ hits, index: 0 });
  const active = chosen.hits === hits ? chosen.index : 0;
  const activeHit = hits[active];

  const returnFocus = useModalDialog(dialog);
  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    if (activeHit) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  // Leaving for another page, which places focus itself (its heading, section or text box).
  const leave = (href: string, focus?: string) => {
    returnFocus.current = false;
    onClose();
    navigate(href, focus ? { state: { focus } } : undefined);
  };
  const open = (hit: SearchHit) => leave(hit.href, hit.focus);

  const onFieldKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setChosen({ hits, index: (active + step + hits.length) % hits.length });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeHit) open(activeHit);
      else if (searched) leave(allResultsHref(searched));
    }
  };

  const status =
    loaded.status === 'failed'
      ? 'Search could not load. Close it and try again.'
      : !searched
        ? ''
        : results
          ? countText(results.total, searched)
          : 'Loading search…';

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-label`}
      className="dialog search-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Escape while composing (an IME) cancels the composition, not the search.
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          onClose();
        } else if (event.key.toLowerCase() === 'k' && (isApple() ? event.metaKey : event.ctrlKey)) {
          event.preventDefault();
          input.current?.select();
        }
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="search-dialog__head">
        <label id={`${id}-label`} htmlFor={`${id}-field`} className="search-dialog__label">
          Search topics, examples and your notes
        </label>
        <button type="button" className="link-button" onClick={() => onClose()}>
          Close
        </button>
      </div>
      <input
        ref={input}
        id={`${id}-field`}
        type="text"
        // A query, not the reader's writing: a pasted paragraph is cut to what search can use.
        maxLength={200}
        className="text-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={activeHit ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onFieldKeyDown}
      />
      <p role="status" className="search-dialog__status muted">
        {status}
      </p>
      {!searched && (
        <p className="muted">
          Every topic, example and reflection, and everything you have written. Arrow keys choose a
          result, Enter opens it, Escape closes.
        </p>
      )}
      {results && hits.length > 0 && (
        <div role="listbox" id={listboxId} aria-label="Results" className="search-dialog__results">
          {results.groups.map((group) => (
            // biome-ignore lint/a11y/useSemanticElements: a listbox owns options and groups of options; a fieldset is a form's group
            <div
              key={group.group}
              role="group"
              aria-labelledby={`${id}-${group.group}`}
              className="search-dialog__group"
            >
              <div role="presentation" id={`${id}-${group.group}`} className="search-group-label">
                {group.label}
              </div>
              {group.hits.map((hit) => {
                const index = hits.indexOf(hit);
                return (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's field takes the keys (arrows, Enter); a click is for pointers
                  // biome-ignore lint/a11y/useFocusableInteractive: options of a combobox are never focused: the field keeps focus and points at them
                  <div
                    key={hit.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    // Named by its title and its topic: the "where" trail repeats a section's
                    // title, and a topic's own result is titled with the topic already.
                    aria-labelledby={
                      hit.kind === 'topic'
                        ? `${optionId(index)}-title`
                        : `${optionId(index)}-title ${optionId(index)}-in`
                    }
                    aria-describedby={`${optionId(index)}-snippet`}
                    className="search-hit search-hit--option"
                    onClick={() => open(hit)}
                    onPointerMove={() => index !== active && setChosen({ hits, index })}
                  >
                    {/* A topic's own result is titled with the topic already. */}
                    {hit.kind !== 'topic' && (
                      <span id={`${optionId(index)}-in`} className="search-hit__topic">
                        <span className="visually-hidden">in</span> {hit.topicTitle}
                      </span>
                    )}
                    <span id={`${optionId(index)}-title`} className="search-hit__title">
                      <MarkedText segments={hit.titleSegments} />
                    </span>
                    <span id={`${optionId(index)}-snippet`} className="search-hit__snippet">
                      <MarkedText segments={hit.snippet} />
                    </span>
                    <span id={`${optionId(index)}-where`} className="search-hit__where">
                      {whereLabel(hit)}
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
      {searched && (
        <p className="search-dialog__all">
          <Link
            to={allResultsHref(searched)}
            onClick={() => {
              returnFocus.current = false;
              onClose();
            }}
          >
            See all results
          </Link>
        </p>
      )}
    </dialog>
  );
}
