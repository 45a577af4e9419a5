import { lazy } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

const NotFoundPage = lazy(() =>
  import('./not-found').then((module) => ({ default: module.NotFoundPage })),
);
const UnexpectedError = lazy(() =>
  import('./unexpected-error').then((module) => ({ default: module.UnexpectedError })),
);

/**
 * A 404 thrown by a loader (an unknown topic) gets the not-found page; anything else gets an
 * apology and a way back.
 */
export default function RouteErrorPage() {
  const error = useRouteError();
  const Page = isRouteErrorResponse(error) && error.status === 404 ? NotFoundPage : UnexpectedError;
  return <Page />;
}
