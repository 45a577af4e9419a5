import { render, screen } from '@testing-library/react';
import { createMemoryRouter, data, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RouteError } from './route-error';

const Nothing = () => null;

const renderFailing = (loader: () => never) => {
  const router = createMemoryRouter([
    { path: '/', loader, Component: Nothing, errorElement: <RouteError /> },
  ]);
  render(<RouterProvider router={router} />);
};

describe('RouteError', () => {
  it('shows a friendly message and a way back when a route throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderFailing(() => {
      throw new Error('boom');
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload this page' })).toBeInTheDocument();
  });

  it('shows the not-found page for a 404 thrown by a loader', async () => {
    renderFailing(() => {
      throw data('Topic not found', { status: 404 });
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
