import { lazy, Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { paths } from '@/app/paths';
import { PAGE_TOASTS_ID } from '@/components/ui/page-toast';
import { UndoToastSlot } from '@/features/notes/components/undo-toast-slot';
import { AppNotices } from '@/features/offline/components/app-notices';
import { SearchLauncher } from '@/features/search/components/search-launcher';
import { ThemeToggle } from '@/features/theme/components/theme-toggle';
import { useApplyTheme } from '@/features/theme/use-theme';
import { APP_NAME } from '@/lib/use-document-title';
import { useFramedByOtherOrigin } from '@/lib/use-framed-by-other-origin';
import { StorageAlertsSlot } from './storage-alerts-slot';
import { useRouteFocus } from './use-route-focus';

// Only a page framed by another site shows it: it loads then, not with every first view.
const FramedNotice = lazy(() =>
  import('./framed-notice').then((module) => ({ default: module.FramedNotice })),
);

const navigation = [
  { to: paths.journey.href(), label: 'Journey' },
  { to: paths.notes.href(), label: 'Notes' },
  { to: paths.bookmarks.href(), label: 'Bookmarks' },
  { to: paths.assessment.href(), label: 'Check-up' },
  { to: paths.settings.href(), label: 'Settings' },
  { to: paths.about.href(), label: 'About' },
];

export function AppLayout() {
  useApplyTheme();
  useRouteFocus();
  const framedElsewhere = useFramedByOtherOrigin();
  // The page is the app's now, not only prerendered HTML: the browser tests wait for this.
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home.href()} className="site-header__brand">
            {APP_NAME}
          </Link>
          <nav aria-label="Main" className="site-nav">
            <ul>
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <SearchLauncher allResultsHref={paths.search.href} />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {framedElsewhere ? (
          // Clickjacking: another site could lay its own page over the app's and steer clicks
          // onto Reset everything, Replace or Delete, so no page and no alert renders here.
          <Suspense fallback={null}>
            <FramedNotice />
          </Suspense>
        ) : (
          <>
            <StorageAlertsSlot />
            <Outlet />
            <div className="toast-stack">
              <AppNotices />
              <div role="status" className="toast-region" id={PAGE_TOASTS_ID} />
              <UndoToastSlot />
            </div>
          </>
        )}
      </main>
      <footer className="site-footer">
        <p>
          Your progress and notes stay in this browser. Nothing is sent anywhere.{' '}
          <NavLink to={paths.about.href()}>How we keep it private</NavLink>
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
