import { Link } from 'react-router';
import { paths } from '@/app/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
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
