import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { paths } from './paths';
import { HomePage } from './routes/home';
import { RootError, RouteError } from './routes/route-error';

/**
 * A page in its own chunk. Its id is its module's file name in ./routes: the prerender looks the
 * chunk up by it to preload it (routes.test.tsx checks each id against its import), and the
 * prerendered loader data is keyed by it.
 */
const page = (path: string, id: string, lazy: NonNullable<RouteObject['lazy']>): RouteObject => ({
  id,
  path,
  lazy,
});

/**
 * The route table, shared by the browser router and by tests (createMemoryRouter). The home page
 * is bundled with the shell because it is the first view; every other page is its own chunk.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RootError />,
    // src/main.tsx renders only once the store has read saved data and the router has the page's
    // code and data, so the router never has a page still to load on its first render.
    hydrateFallbackElement: null,
    children: [
      {
        // Pathless so that an error inside a page keeps the header, footer and main landmark.
        errorElement: <RouteError />,
        children: [
          { id: 'home', index: true, element: <HomePage /> },
          page(paths.topic.path, 'topic', () => import('./routes/topic')),
          page(paths.notes.path, 'notes', () => import('./routes/notes')),
          page(paths.bookmarks.path, 'bookmarks', () => import('./routes/bookmarks')),
          page(paths.assessment.path, 'assessment', () => import('./routes/assessment')),
          page(paths.search.path, 'search', () => import('./routes/search')),
          page(paths.about.path, 'about', () => import('./routes/about')),
          page(paths.settings.path, 'settings', () => import('./routes/settings')),
          page('*', 'not-found', () => import('./routes/not-found')),
        ],
      },
    ],
  },
];
