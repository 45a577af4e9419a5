import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, resetStore } from '@/testing/render-route';

// jsdom is always a top-level page, so the framing check is what is stood in for here; the
// browser test (e2e/framing.test.ts) frames the real build from another origin.
const framing = vi.hoisted(() => ({ framed: false }));
vi.mock('@/lib/framing', () => ({ isFramedByOtherOrigin: () => framing.framed }));

// The fake engine stands in for the real one (lib/search-engine), which has its own tests.
const { engine } = await vi.hoisted(async () => {
  const fake = await import('@/features/search/testing/fake-engine');
  return { engine: fake.createFakeEngine(fake.sampleCourse) };
});
vi.mock('@/features/search/load-searcher', () => ({
  loadSearcher: () => Promise.resolve(engine),
}));

beforeEach(resetStore);
afterEach(() => {
  framing.framed = false;
});

describe('app layout inside another site’s frame', () => {
  it('shows a notice and a direct link instead of the page, so nothing can be reset', async () => {
    framing.framed = true;
    const { router } = renderRoute('/settings?from=frame#theme');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Debugging Leadership is open inside another site’s page',
      }),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', {
      name: 'Open Debugging Leadership directly, in a new tab',
    });
    expect(link).toHaveAttribute('href', '/settings?from=frame#theme');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The title is set in an effect, which may run a moment after the heading shows.
    await waitFor(() =>
      expect(document.title).toBe('Open inside another site · Debugging Leadership'),
    );
    // The layout renders once the route's code has loaded, so the settings page could be here.
    expect(router.state.initialized).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset everything' })).not.toBeInTheDocument();
  });

  it('shows the page as usual when not framed by another origin', async () => {
    renderRoute('/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset everything' })).toBeInTheDocument();
  });
});

describe('search in the app layout', () => {
  it('opens from the header on every page and leads to a result’s page', async () => {
    const { router } = renderRoute('/about');
    await screen.findByRole('heading', { level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    const field = await screen.findByRole('combobox');
    await userEvent.type(field, 'kernel');
    await screen.findByRole('option', { name: /The kernel/ });
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/topics/strategy-and-execution'),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('leads to the search page with the query from “See all results”', async () => {
    const { router } = renderRoute('/about');
    await screen.findByRole('heading', { level: 1 });
    await userEvent.keyboard('/');
    await userEvent.type(await screen.findByRole('combobox'), 'strategy');
    await userEvent.click(screen.getByRole('link', { name: 'See all results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=strategy');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lists the keyboard shortcuts with ?, and in Settings with the switch for single keys', async () => {
    renderRoute('/settings');
    const list = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    expect(list).toHaveTextContent('Single-key shortcuts are on.');
    const toggle = screen.getByRole('checkbox', { name: 'Single-key shortcuts' });
    expect(toggle).toHaveAccessibleDescription(/speech input/);
    await userEvent.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(list).toHaveTextContent('Single-key shortcuts are off.');
    await userEvent.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
