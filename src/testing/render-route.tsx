import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '@/app/routes';
import { persistence, useAppStore } from '@/store/app-store';
import { initialPersisted } from '@/store/format/persisted-state';

/** Renders the real route table at `path`, the way the browser router would. */
export function renderRoute(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<RouterProvider router={router} />) };
}

/** Puts the store back to a new reader's state, keeping its actions, with nothing left to save. */
export function resetStore() {
  useAppStore.setState(initialPersisted());
  persistence.flush();
}
