import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { paths } from './paths';
import { HomePage } from './routes/home';
import { RootError, RouteError } from './routes/route-error';

/**
 * The route table, shared by the browser router and by tests (createMemoryRouter). The home page
 * is bundled with the shell because it is the first view; every other page is its own chunk.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RootError />,
    // The app renders only after the store has read saved data; the first route's code is
    // then a moment away, with nothing worth showing meanwhile.
    hydrateFallbackElement: null,
    children: [
      {
        // Pathless so that an error inside a page keeps the header, footer and main landmark.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: paths.topic.path, lazy: () => import('./routes/topic') },
          { path: paths.notes.path, lazy: () => import('./routes/notes') },
          { path: paths.bookmarks.path, lazy: () => import('./routes/bookmarks') },
          { path: paths.assessment.path, lazy: () => import('./routes/assessment') },
          { path: paths.search.path, lazy: () => import('./routes/search') },
          { path: paths.about.path, lazy: () => import('./routes/about') },
          { path: paths.settings.path, lazy: () => import('./routes/settings') },
          { path: '*', lazy: () => import('./routes/not-found') },
        ],
      },
    ],
  },
];
