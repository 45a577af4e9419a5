import { useLoaderData } from 'react-router';
import { paths } from '@/app/paths';
import { ReaderData } from '@/components/ui/reader-data';
import { listTopics, loadOutlines } from '@/content/catalog';
import { BookmarkList } from '@/features/bookmarks/components/bookmark-list';
import { useDocumentTitle } from '@/lib/use-document-title';

export async function loader() {
  return { outlines: await loadOutlines() };
}

export function BookmarksPage() {
  const { outlines } = useLoaderData<typeof loader>();
  useDocumentTitle('Bookmarks');
  return (
    <article className="page page--narrow">
      <h1 id="bookmarks-heading">Bookmarks</h1>
      <p className="muted">Topics and sections you saved to come back to, newest first.</p>
      <ReaderData needsJavaScript="Your bookmarks need JavaScript, which is off in this browser: they are kept on this device.">
        <BookmarkList
          topics={listTopics()}
          outlines={outlines}
          hrefFor={paths.topic.href}
          emptyHref={paths.journey.href()}
          headingId="bookmarks-heading"
        />
      </ReaderData>
    </article>
  );
}

export { BookmarksPage as Component };
