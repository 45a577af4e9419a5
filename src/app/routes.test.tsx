import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { renderRoute, resetStore } from '@/testing/render-route';
import { routes } from './routes';

beforeEach(resetStore);

describe('app shell', () => {
  it('puts the skip link first and renders one main landmark with the page', async () => {
    renderRoute('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Debugging Leadership' }),
    ).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveTextContent('Skip to content');
    expect(links[0]).toHaveAttribute('href', '#main');
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/stay in this browser/);
  });

  it('navigates to About, sets its title and focuses its heading', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    await userEvent.click(screen.getByRole('link', { name: 'About' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'About Debugging Leadership',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(document.title).toBe('About · Debugging Leadership'));
    expect(screen.getByRole('heading', { name: 'Your data stays with you' })).toBeInTheDocument();
  });

  it('shows a helpful not-found page for an unknown URL', async () => {
    renderRoute('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    // The title is set in an effect, which React may run a moment after the heading shows.
    await waitFor(() => expect(document.title).toBe('Page not found · Debugging Leadership'));
  });

  it('the theme toggle stores an explicit choice and marks <html>', async () => {
    renderRoute('/');
    const toggle = await screen.findByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(useAppStore.getState().preferences.theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('Settings offers the system, light and dark themes as one radio group', async () => {
    renderRoute('/settings');
    const group = await screen.findByRole('group', { name: 'Theme' });
    expect(group).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Light' }));
    expect(useAppStore.getState().preferences.theme).toBe('light');
    await userEvent.click(screen.getByRole('radio', { name: 'Match my system setting' }));
    expect(useAppStore.getState().preferences.theme).toBe('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});

describe('the route table', () => {
  it('names each lazy page by its module, which the prerender preloads by that name', async () => {
    const pages = (routes[0]?.children?.[0]?.children ?? []).filter((route) => route.lazy);
    expect(pages.length).toBeGreaterThan(5);
    for (const route of pages) {
      const loaded = await (route.lazy as () => Promise<{ Component?: unknown }>)();
      const module = (await import(`./routes/${route.id}.tsx`)) as { Component?: unknown };
      expect(loaded.Component, route.id).toBeDefined();
      expect(loaded.Component, route.id).toBe(module.Component);
    }
  });
});
