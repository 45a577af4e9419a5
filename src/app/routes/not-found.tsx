import { Link } from 'react-router';
import type { PageHandle, PageHead } from '@/app/page-head';
import { paths } from '@/app/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

const head = {
  title: 'Page not found',
  description: 'There is nothing at this address.',
} satisfies PageHead;

/** Read by the prerender for this page's <title> and description (src/app/page-head.ts). */
export const handle: PageHandle = { head: () => head };

export function NotFoundPage() {
  useDocumentTitle(head.title);
  return (
    <article className="page page--narrow">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. If you followed a link to a topic, it may have been
        mistyped; your notes and progress are safe either way.
      </p>
      <ul className="link-list">
        <li>
          <Link to={paths.home.href()}>Go to the start page</Link>
        </li>
        <li>
          <Link to={paths.about.href()}>Read about this app</Link>
        </li>
      </ul>
    </article>
  );
}

export { NotFoundPage as Component };
