import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TopicSummary } from '@/content/topic';
import { useAppStore } from '@/store/app-store';
import { resetStore } from '@/testing/render-route';
import { BookmarkList } from './bookmark-list';
import { BOOKMARK_UNDO_MS } from './bookmark-undo-toast';

beforeEach(resetStore);
afterEach(() => vi.useRealTimers());

const topics = [
  { slug: 'a', title: 'Topic A' },
  { slug: 'b', title: 'Topic B' },
  { slug: 'c', title: 'Topic C' },
] as unknown as TopicSummary[];

const renderList = () => {
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <>
          <h1 id="heading">Bookmarks</h1>
          <BookmarkList
            topics={topics}
            outlines={[]}
            hrefFor={(slug) => `/topics/${slug}`}
            emptyHref="/"
            headingId="heading"
          />
        </>
      ),
    },
  ]);
  render(<RouterProvider router={router} />);
};

/** Saved a, b, c one after another: the list shows the newest first (C, B, A). */
const saveThree = () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  for (const [i, slug] of ['a', 'b', 'c'].entries()) {
    vi.setSystemTime(new Date(`2026-11-2${i + 1}T10:00:00.000Z`));
    useAppStore.getState().toggleBookmark(slug);
  }
  vi.useRealTimers();
};
const removeButton = (title: string) =>
  screen.getByRole('button', { name: `Remove bookmark: ${title}` });

describe('BookmarkList: removing keeps focus and offers Undo', () => {
  it('moves focus to the next Remove, then the previous, then the heading', async () => {
    saveThree();
    renderList();
    await userEvent.click(removeButton('Topic B'));
    expect(removeButton('Topic A')).toHaveFocus();
    await userEvent.click(removeButton('Topic A'));
    expect(removeButton('Topic C')).toHaveFocus();
    await userEvent.click(removeButton('Topic C'));
    expect(screen.getByRole('heading', { name: 'Bookmarks' })).toHaveFocus();
    expect(screen.getByText(/You have no bookmarks yet/)).toBeInTheDocument();
  });

  it('announces the removal politely and brings the bookmark back in its place on Undo', async () => {
    saveThree();
    renderList();
    await userEvent.click(removeButton('Topic B'));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Bookmark removed: Topic B.');
    expect(screen.queryByRole('button', { name: /Remove bookmark: Topic B/ })).toBeNull();

    await userEvent.click(within(status).getByRole('button', { name: /^Undo/ }));
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Topic C',
      'Topic B',
      'Topic A',
    ]);
    expect(removeButton('Topic B')).toHaveFocus();
    expect(status).toBeEmptyDOMElement();
  });

  it('brings back the last bookmark too, from the empty list', async () => {
    useAppStore.getState().toggleBookmark('a');
    renderList();
    await userEvent.click(removeButton('Topic A'));
    expect(screen.getByRole('heading', { name: 'Bookmarks' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: /^Undo/ }));
    expect(removeButton('Topic A')).toHaveFocus();
  });

  it('takes the offer away after a while', () => {
    vi.useFakeTimers();
    useAppStore.getState().toggleBookmark('a');
    useAppStore.getState().toggleBookmark('b');
    renderList();
    act(() => removeButton('Topic A').click());
    expect(screen.getByRole('status')).toHaveTextContent('Bookmark removed');
    act(() => vi.advanceTimersByTime(BOOKMARK_UNDO_MS));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
