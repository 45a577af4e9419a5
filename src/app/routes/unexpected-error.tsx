import { Link } from 'react-router';
import { paths } from '@/app/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { reloadKeepingEveryWord } from '@/store/app-store';

/** A page that failed for a reason other than not existing: an apology and a way back. */
export function UnexpectedError() {
  useDocumentTitle('Something went wrong');
  return (
    <article className="page page--narrow" role="alert">
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown. Your notes and progress are saved in this browser and are not
        affected.
      </p>
      <p className="actions">
        <Link to={paths.home.href()}>Go to the start page</Link>
        <button type="button" className="button" onClick={reloadKeepingEveryWord}>
          Reload this page
        </button>
      </p>
    </article>
  );
}
