import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { type HydrationState, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import {
  isPrerenderedFor,
  PRERENDERED_DATA_ID,
  type PrerenderedData,
} from '@/app/prerendered-data';
import { basename, createAppRouter } from '@/app/router';
import { routes } from '@/app/routes';
import { storeHydrated } from '@/store/app-store';
import './styles/index.css';

// index.html has it; were it missing, createRoot and hydrateRoot would say so.
const container = document.getElementById('root') as HTMLElement;

/** The loader data the page was prerendered with, when it was prerendered for this address. */
function prerenderedFor(matches: ReturnType<typeof matchRoutes>): HydrationState | undefined {
  const block = document.getElementById(PRERENDERED_DATA_ID)?.textContent;
  if (!block) return undefined;
  const { path, loaderData } = JSON.parse(block) as PrerenderedData;
  const leaf = matches?.at(-1)?.route.path;
  return isPrerenderedFor(path, location.pathname, basename, leaf) ? { loaderData } : undefined;
}

const start = async () => {
  // A returning reader's saved data is read first, so nothing a reader does can race the read.
  // While hydrating, the store hands React its initial (reader-neutral) state, as the prerender
  // had it; the reader's own state renders straight after.
  await storeHydrated();
  const matches = matchRoutes(routes, location, basename);
  const hydrationData = prerenderedFor(matches);
  if (!hydrationData) {
    // Not this address's HTML (404.html answering "/topics/typo", or the dev server): the page
    // it shows stays until the router has loaded the real one, rather than going blank.
    const router = createAppRouter();
    await new Promise<void>((resolve) =>
      router.state.initialized
        ? resolve()
        : router.subscribe((state) => state.initialized && resolve()),
    );
    return createRoot(container).render(app(router));
  }
  // The router must start with the page's code loaded, or it would first render nothing where
  // the HTML has the page (React Router's "lazy routes with hydration" recipe).
  await Promise.all(
    (matches ?? []).map(async ({ route }) => {
      if (typeof route.lazy === 'function')
        Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
  // As a transition, hydrating a long page yields to the browser every few milliseconds instead
  // of holding the main thread for the whole page (Lighthouse: total blocking time).
  const router = createAppRouter(hydrationData);
  startTransition(() => {
    hydrateRoot(container, app(router));
  });
};

const app = (router: ReturnType<typeof createAppRouter>) => (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

void start();

// Offline and installable (README): the service worker and the rest start once the page has
// loaded, so they never compete with the first view. This script often runs after `load`.
const startOffline = () =>
  void import('@/features/offline/start-offline').then((module) => module.startOffline(basename));
if (document.readyState === 'complete') startOffline();
else addEventListener('load', startOffline, { once: true });
