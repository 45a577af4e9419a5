import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../notice-store';
import { AppNotices } from './app-notices';

const renderAt = (path: string) => {
  const router = createMemoryRouter([{ path: '*', element: <AppNotices /> }], {
    initialEntries: [path],
  });
  render(<RouterProvider router={router} />);
  return router;
};

const link = () => document.createElement('a');

describe('AppNotices', () => {
  afterEach(() => noticeStore.setState({ update: null, updateLater: false, offlineLink: null }));

  it('promises the app works offline only when a service worker runs the page', () => {
    renderAt('/topics/x');
    act(() =>
      noticeStore.setState({
        offlineLink: { host: 'hbr.org', link: link(), appWorksOffline: false },
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'You’re offline, so this link to hbr.org can’t open now.',
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('works without a connection');
    act(() =>
      noticeStore.setState({
        offlineLink: { host: 'hbr.org', link: link(), appWorksOffline: true },
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Everything in this app works without a connection.',
    );
  });

  it('puts the link notice away when the reader moves to another page', async () => {
    const router = renderAt('/topics/x');
    act(() =>
      noticeStore.setState({
        offlineLink: { host: 'hbr.org', link: link(), appWorksOffline: true },
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('hbr.org');
    await act(() => router.navigate('/notes'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
