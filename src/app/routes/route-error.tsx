import { Component, lazy, type ReactNode, Suspense } from 'react';
import { reloadKeepingEveryWord } from '@/store/app-store';

// Loaded only when a page is missing or fails: most readers never need it.
const RouteErrorPage = lazy(() => import('./route-error-page'));

/**
 * The error page's own code could not load either: the page's files are gone (another tab let a
 * new version take over, or the site was redeployed while this tab was open) or out of reach
 * (offline, with no service worker). Written into the shell, so it needs no file to show.
 */
class IfItCannotLoad extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="page page--narrow" role="alert">
        <h1>This page could not load</h1>
        <p>
          The app may have been updated in another tab, or the connection dropped. Your notes and
          progress are saved in this browser. Reload to carry on.
        </p>
        <button type="button" className="button button--primary" onClick={reloadKeepingEveryWord}>
          Reload
        </button>
      </div>
    );
  }
}

/**
 * Shown instead of a blank page when a route fails. Reader data lives in the store, not in the
 * page, so leaving the page loses nothing.
 */
export function RouteError() {
  return (
    <IfItCannotLoad>
      <Suspense fallback={null}>
        <RouteErrorPage />
      </Suspense>
    </IfItCannotLoad>
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
