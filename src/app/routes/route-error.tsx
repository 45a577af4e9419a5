import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

// Loaded only when a page is missing or fails: most readers never need either.
const NotFoundPage = lazy(() =>
  import('./not-found').then((module) => ({ default: module.NotFoundPage })),
);
const UnexpectedError = lazy(() =>
  import('./unexpected-error').then((module) => ({ default: module.UnexpectedError })),
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
  return (
    <Suspense fallback={null}>
      <UnexpectedError />
    </Suspense>
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
