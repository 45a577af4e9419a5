import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLoaderData, useSearchParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { paths } from '@/app/paths';
import { ReaderData } from '@/components/ui/reader-data';
import { listStages, loadOutlines } from '@/content/catalog';
import { journeyOrder } from '@/content/stages';
import { MarkdownExportButton } from '@/features/notes/components/markdown-export-button';
import { NotebookView } from '@/features/notes/components/notebook-view';
import { buildNotebook, type NotebookCatalog } from '@/features/notes/lib/notebook';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAppStore } from '@/store/app-store';

export async function loader() {
  const outlines = await loadOutlines();
  const catalog: NotebookCatalog = {
    outlines,
    stages: listStages().map((stage) => ({
      id: stage.id,
      number: stage.number,
      title: stage.title,
      topics: stage.topics.map(({ slug, title }) => ({ slug, title })),
    })),
  };
  return { catalog };
}

/** An absolute link back to a topic, for the exported file: it opens the app wherever it is served. */
const topicUrl = (slug: string) =>
  new URL(
    paths.topic.href(slug).slice(1),
    new URL(import.meta.env.BASE_URL, window.location.origin),
  ).toString();

/** The notebook's data is the content catalog: a filter change in the URL needs no reload. */
export const shouldRevalidate = () => false;

export function NotesPage() {
  const { catalog } = useLoaderData<typeof loader>();
  useDocumentTitle('Notebook');
  return (
    <article className="page notebook-page">
      <h1>Notebook</h1>
      <p className="muted notebook-page__lede">
        Everything you have written, by stage and topic, each answer under its prompt. It stays in
        this browser; download it to take it with you.
      </p>
      <ReaderData needsJavaScript="Your notebook needs JavaScript, which is off in this browser: it reads your notes from this device.">
        <Notebook catalog={catalog} />
      </ReaderData>
    </article>
  );
}

/** The reader's notes with their filters: rendered once the app runs, from this browser's data. */
function Notebook({ catalog }: Awaited<ReturnType<typeof loader>>) {
  // Filters live in the URL (?q=…&topic=…), so a filtered notebook can be bookmarked or shared.
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  // The field keeps its own value while the reader types; the URL follows it. A field bound to
  // the URL alone would drop keystrokes typed while the router updates.
  const [query, setQuery] = useState(text);
  const topic = params.get('topic') ?? '';
  const { notes, experiments } = useAppStore(
    useShallow((s) => ({ notes: s.notes, experiments: s.experiments })),
  );
  const everything = useMemo(
    () => buildNotebook({ notes, experiments }, catalog),
    [notes, experiments, catalog],
  );
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set());
  const onEditingChange = useCallback((id: string, isEditing: boolean) => {
    setEditing((current) => {
      const next = new Set(current);
      if (isEditing) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const shown = useMemo(
    () => buildNotebook({ notes, experiments }, catalog, { text, topic, keep: editing }),
    [notes, experiments, catalog, text, topic, editing],
  );
  const isEmpty = everything.stages.length === 0 && everything.otherTopics.length === 0;
  const filtered = text !== '' || topic !== '';

  // The filters as last set, ahead of the URL: two changes in quick succession (clear the search,
  // then pick a topic) must not build the second URL from the params the first one replaced.
  const latest = useRef({ q: text, topic });
  useEffect(() => {
    latest.current = { q: text, topic };
  }, [text, topic]);
  const setFilter = (name: 'q' | 'topic', value: string) => {
    latest.current = { ...latest.current, [name]: value };
    const next = new URLSearchParams();
    if (latest.current.q) next.set('q', latest.current.q);
    if (latest.current.topic) next.set('topic', latest.current.topic);
    setParams(next, { replace: true });
  };

  return isEmpty ? (
    <div className="empty-state card">
      <p>
        No notes yet. Each topic ends with reflections to answer in writing, and room for notes of
        your own; they all gather here.
      </p>
      <Link className="button button--primary" to={paths.topic.href(journeyOrder[0] ?? '')}>
        Start with topic 1
      </Link>
    </div>
  ) : (
    <>
      <div className="notebook-tools no-print">
        <search className="notebook-filters">
          <div className="field">
            <label htmlFor="notebook-q">Search your notes</label>
            <input
              id="notebook-q"
              type="search"
              className="text-input"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setFilter('q', event.target.value);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="notebook-topic">Topic</label>
            <select
              id="notebook-topic"
              className="text-input"
              value={topic}
              onChange={(event) => setFilter('topic', event.target.value)}
            >
              <option value="">All topics</option>
              {catalog.stages.flatMap((stage) =>
                stage.topics.map((t) => (
                  <option key={t.slug} value={t.slug}>
                    {t.title}
                  </option>
                )),
              )}
            </select>
          </div>
        </search>
        <div className="actions">
          <MarkdownExportButton catalog={catalog} topicUrl={topicUrl} />
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      <p className="muted" role="status">
        {filtered
          ? `${shown.noteCount} of ${everything.noteCount} notes match.`
          : `${everything.noteCount} ${everything.noteCount === 1 ? 'note' : 'notes'}.`}
      </p>
      {filtered && shown.stages.length === 0 && shown.otherTopics.length === 0 ? (
        <div className="empty-state card">
          <p>No notes match this search.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setQuery('');
              latest.current = { q: '', topic: '' };
              setParams({}, { replace: true });
            }}
          >
            Clear the search
          </button>
        </div>
      ) : (
        <NotebookView
          notebook={shown}
          hrefFor={paths.topic.href}
          onEditingChange={onEditingChange}
        />
      )}
    </>
  );
}

export { NotesPage as Component };
