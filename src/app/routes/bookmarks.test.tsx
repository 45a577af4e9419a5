import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { renderRoute, resetStore } from '@/testing/render-route';

beforeEach(resetStore);

describe('bookmarks page', () => {
  it('points to the journey when there are no bookmarks', async () => {
    renderRoute('/bookmarks');
    expect(await screen.findByText(/You have no bookmarks yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the journey' })).toHaveAttribute(
      'href',
      '/#journey',
    );
  });

  it('lists topic and section bookmarks as links, and removes one', async () => {
    useAppStore.getState().toggleBookmark('strategy-and-execution');
    useAppStore.getState().toggleBookmark('fear-people-challenges', 'feedback');
    renderRoute('/bookmarks');
    await screen.findByRole('link', { name: 'Strategy and execution' });
    const list = screen.getByRole('main').querySelector('.bookmark-list') as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/topics/fear-people-challenges#feedback',
    );
    expect(items[0]).toHaveTextContent(/In Fear: the people side · saved \d+ \w+ \d{4}/);
    expect(within(items[1] as HTMLElement).getByRole('link')).toHaveTextContent(
      'Strategy and execution',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove bookmark: Strategy and execution' }),
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });
});
