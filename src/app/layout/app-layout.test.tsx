import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, resetStore } from '@/testing/render-route';

// jsdom is always a top-level page, so the framing check is what is stood in for here; the
// browser test (e2e/framing.test.ts) frames the real build from another origin.
const framing = vi.hoisted(() => ({ framed: false }));
vi.mock('@/lib/framing', () => ({ isFramedByOtherOrigin: () => framing.framed }));

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
    expect(document.title).toBe('Open inside another site · Debugging Leadership');
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
