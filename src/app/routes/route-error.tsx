import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/app/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

// Loaded only when a page is missing: most readers never need it.
const NotFoundPage = lazy(() =>
  import('./not-found').then((module) => ({ default: module.NotFoundPage })),
);

/**
 * Shown instead of a blank page when a route fails. A 404 thrown by a loader (an unknown topic)
 * gets the not-found page; anything else gets an apology and a way back. Reader data lives in
 * the store, not in the page, so leaving the page loses nothing.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Suspense fallback={null}>
        <NotFoundPage />
      </Suspense>
    );
  }
  return <UnexpectedError />;
}

function UnexpectedError() {
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
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload this page
        </button>
      </p>
    </article>
  );
}

/** For a failure in the layout itself: the page still gets its one main landmark. */
export function RootError() {
  return (
    <main id="main" tabIndex={-1}>
      <RouteError />
    </main>
  );
}
