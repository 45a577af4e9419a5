import { useLoaderData } from 'react-router';
import type { PageHandle, PageHead } from '@/app/page-head';
import { paths } from '@/app/paths';
import { ReaderData } from '@/components/ui/reader-data';
import { listTopics, loadOutlines } from '@/content/catalog';
import { BookmarkList } from '@/features/bookmarks/components/bookmark-list';
import { useDocumentTitle } from '@/lib/use-document-title';

export async function loader() {
  return { outlines: await loadOutlines() };
}

const head = {
  title: 'Bookmarks',
  description: 'The topics and sections you bookmarked, to come back to.',
} satisfies PageHead;

/** Read by the prerender for this page's <title> and description (src/app/page-head.ts). */
export const handle: PageHandle = { head: () => head };

export function BookmarksPage() {
  const { outlines } = useLoaderData<typeof loader>();
  useDocumentTitle(head.title);
  return (
    <article className="page page--narrow">
      <h1 id="bookmarks-heading">Bookmarks</h1>
      <p className="muted">Topics and sections you saved to come back to, newest first.</p>
      <ReaderData what="Your bookmarks">
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
