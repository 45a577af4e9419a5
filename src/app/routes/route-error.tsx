import { lazy, Suspense } from 'react';

// Loaded only when a page is missing or fails: most readers never need it.
const RouteErrorPage = lazy(() => import('./route-error-page'));

/**
 * Shown instead of a blank page when a route fails. Reader data lives in the store, not in the
 * page, so leaving the page loses nothing.
 */
export function RouteError() {
  return (
    <Suspense fallback={null}>
      <RouteErrorPage />
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
