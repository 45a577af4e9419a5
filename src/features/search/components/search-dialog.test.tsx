import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore } from '@/testing/render-route';
import { answerDoc, createFakeEngine, sampleCourse } from '../testing/fake-engine';
import { SearchDialog } from './search-dialog';

beforeEach(resetStore);

function renderDialog(engine = createFakeEngine(sampleCourse)) {
  const onClose = vi.fn();
  const loadSearcher = () => Promise.resolve(engine);
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <SearchDialog
          loadSearcher={loadSearcher}
          onClose={onClose}
          allResultsHref={(query) => `/search?q=${encodeURIComponent(query)}`}
        />
      ),
    },
    { path: '*', element: <p>Another page</p> },
  ]);
  render(<RouterProvider router={router} />);
  return { router, onClose, engine, field: screen.getByRole('combobox') };
}

const options = () => screen.getAllByRole('option');

describe('search dialog', () => {
  it('is a modal dialog holding a combobox that controls a grouped listbox', async () => {
    const { field } = renderDialog();
    expect(screen.getByRole('dialog', { name: 'Search topics, examples and your notes' })).toBe(
      field.closest('dialog'),
    );
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-autocomplete', 'list');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).not.toHaveAttribute('aria-activedescendant');
    expect(screen.getByText(/Arrow keys choose a result/)).toBeInTheDocument();

    await userEvent.type(field, 'strategy');
    await waitFor(() => expect(field).toHaveAttribute('aria-expanded', 'true'));
    const listbox = screen.getByRole('listbox');
    expect(field).toHaveAttribute('aria-controls', listbox.id);
    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby'))).not.toContain(null);
    expect(within(listbox).getByRole('group', { name: 'Topics and sections' })).toBeInTheDocument();
    expect(within(listbox).getByRole('group', { name: 'Examples' })).toBeInTheDocument();
    expect(
      within(listbox).getByRole('group', { name: 'Reflections and experiments' }),
    ).toBeInTheDocument();
    const ids = options().map((option) => option.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every(Boolean)).toBe(true);
    expect(field).toHaveAttribute('aria-activedescendant', ids[0]);
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('4 results for “strategy”.');
  });

  it('shows each result’s topic, marked title, snippet and where it leads', async () => {
    const { field } = renderDialog();
    await userEvent.type(field, 'kernel');
    const option = await screen.findByRole('option', {
      name: 'The kernel in Strategy and execution',
    });
    expect(option).toHaveTextContent('Strategy and execution');
    expect(option).toHaveAccessibleDescription(/A good strategy has a diagnosis/);
    const marks = option.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['kernel']);
  });

  it('moves the active option with the arrow keys, wrapping at both ends', async () => {
    const { field } = renderDialog();
    await userEvent.type(field, 'strategy');
    await waitFor(() => expect(options()).toHaveLength(4));
    const active = () => field.getAttribute('aria-activedescendant');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(options()[1]?.id);
    expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    expect(options()[0]).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()).toBe(options()[3]?.id);
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(options()[0]?.id);
    expect(field).toHaveFocus();
  });

  it('opens the active result with Enter, through the router, and closes', async () => {
    const { field, router, onClose } = renderDialog();
    await userEvent.type(field, 'strategy');
    await waitFor(() => expect(options()).toHaveLength(4));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(router.state.location.pathname).toBe('/topics/strategy-and-execution');
    expect(router.state.location.hash).toBe('#kernel');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('opens a note result with the id of its text box in the navigation state', async () => {
    const engine = createFakeEngine(sampleCourse);
    engine.setNotes([answerDoc('strategy-and-execution', 'next-bet', 'Hire a platform lead')]);
    const { field, router } = renderDialog(engine);
    await userEvent.type(field, 'platform');
    const notes = await screen.findByRole('group', { name: 'Your notes' });
    expect(within(notes).getAllByRole('option')).toHaveLength(1);
    await userEvent.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/topics/strategy-and-execution');
    expect(router.state.location.hash).toBe('#reflection-next-bet');
    expect(router.state.location.state).toEqual({ focus: 'answer-next-bet' });
  });

  it('opens a result that is clicked', async () => {
    const { field, router } = renderDialog();
    await userEvent.type(field, 'offsite');
    await userEvent.click(await screen.findByRole('option', { name: /offsite/ }));
    expect(router.state.location.hash).toBe('#example-1');
  });

  it('closes with Escape', async () => {
    const { field, onClose } = renderDialog();
    await userEvent.type(field, 'strategy');
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('renders a note holding HTML and script as the characters typed', async () => {
    const engine = createFakeEngine(sampleCourse);
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script> <b>bold</b> (a+)+$';
    engine.setNotes([answerDoc('strategy-and-execution', 'next-bet', hostile)]);
    const { field } = renderDialog(engine);
    await userEvent.type(field, 'alert');
    const notes = await screen.findByRole('group', { name: 'Your notes' });
    expect(notes).toHaveTextContent(hostile);
    expect(document.querySelector('dialog img, dialog script, dialog b')).toBeNull();
    expect([...notes.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'alert',
      'alert',
    ]);
  });

  it('says what was searched when nothing matches, and Enter then opens the full results page', async () => {
    const { field, router } = renderDialog();
    await userEvent.type(field, '<b>zzz</b>');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('No results for “<b>zzz</b>”.'),
    );
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all results' })).toHaveAttribute(
      'href',
      '/search?q=%3Cb%3Ezzz%3C%2Fb%3E',
    );
    await userEvent.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=%3Cb%3Ezzz%3C%2Fb%3E');
  });

  it('says so when the engine cannot load', async () => {
    const onClose = vi.fn();
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <SearchDialog
            loadSearcher={() => Promise.reject(new Error('offline'))}
            onClose={onClose}
            allResultsHref={() => '/search'}
          />
        ),
      },
    ]);
    render(<RouterProvider router={router} />);
    // The status is there at once, empty; the failure shows once the load has been refused.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Search could not load'),
    );
  });
});
