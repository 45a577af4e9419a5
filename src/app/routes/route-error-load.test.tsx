import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RouteError } from './route-error';

// As in a tab whose version's files another tab's update removed: the error page's own chunk
// cannot load.
vi.mock('./route-error-page', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('RouteError, when even the error page cannot load', () => {
  it('says so from the shell, with Reload, instead of leaving the page blank', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([
      {
        path: '/',
        lazy: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
        errorElement: <RouteError />,
      },
    ]);
    render(<RouterProvider router={router} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not load' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your notes and progress are saved');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
