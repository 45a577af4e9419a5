import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { resetStore } from '@/testing/render-route';
import { SearchButton } from './components/search-button';
import { SearchDialogs } from './components/search-dialogs';
import { createFakeEngine, sampleCourse } from './testing/fake-engine';
import { useSearchDialogs } from './use-search-dialogs';

beforeEach(resetStore);

const engine = createFakeEngine(sampleCourse);
const loadSearcher = () => Promise.resolve(engine);

/** The header's button and the dialogs, wired as the app layout wires them. */
function Page() {
  const dialogs = useSearchDialogs();
  return (
    <>
      <SearchButton onOpen={() => dialogs.show('search')} />
      <button type="button">Somewhere on the page</button>
      <label>
        A note <textarea />
      </label>
      <SearchDialogs
        open={dialogs.open}
        onClose={dialogs.close}
        loadSearcher={loadSearcher}
        allResultsHref={() => '/search'}
      />
    </>
  );
}

const renderPage = () =>
  render(<RouterProvider router={createMemoryRouter([{ path: '*', element: <Page /> }])} />);

const searchDialog = () => screen.findByRole('combobox');
const noDialog = () => expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

describe('search shortcuts', () => {
  it('shows its keys on the header button, the modifier chosen after the first render', async () => {
    renderPage();
    const button = screen.getByRole('button', { name: 'Search' });
    // jsdom's navigator.platform is empty: not an Apple keyboard.
    await waitFor(() => expect(button).toHaveTextContent('Search/Ctrl K'));
    expect(button).toHaveAttribute('aria-keyshortcuts', '/ Control+K');
  });

  it('opens search with /, and Escape puts focus back where it was', async () => {
    renderPage();
    const before = screen.getByRole('button', { name: 'Somewhere on the page' });
    before.focus();
    await userEvent.keyboard('/');
    expect(await searchDialog()).toHaveFocus();
    expect(await searchDialog()).toHaveValue('');
    await userEvent.keyboard('{Escape}');
    noDialog();
    expect(before).toHaveFocus();
  });

  it('opens search from the button, and closing puts focus back on the button', async () => {
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await searchDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    noDialog();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
  });

  it('types / into a text field instead of opening search', async () => {
    renderPage();
    const note = screen.getByRole('textbox', { name: 'A note' });
    await userEvent.type(note, 'either/or?');
    expect(note).toHaveValue('either/or?');
    noDialog();
  });

  it('ignores / with a modifier key', async () => {
    renderPage();
    await userEvent.keyboard('{Control>}/{/Control}{Alt>}/{/Alt}');
    noDialog();
  });

  it('opens search with Ctrl+K even from a text field', async () => {
    renderPage();
    await userEvent.click(screen.getByRole('textbox', { name: 'A note' }));
    await userEvent.keyboard('{Control>}k{/Control}');
    expect(await searchDialog()).toHaveFocus();
  });

  it('lists the shortcuts with ?, saying single keys are on', async () => {
    renderPage();
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const key of ['/', 'Ctrl K', '?', '[', ']', 'Escape'])
      expect(screen.getByText(key, { selector: 'dialog dt kbd' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Single-key shortcuts are on.');
    expect(screen.getByRole('checkbox', { name: 'Single-key shortcuts' })).toBeChecked();
    await userEvent.keyboard('{Escape}');
    noDialog();
  });

  it('ignores / and ? once single-key shortcuts are off; Ctrl+K still opens search', async () => {
    useAppStore.getState().setSingleKeyShortcuts(false);
    renderPage();
    const button = screen.getByRole('button', { name: 'Search' });
    await waitFor(() => expect(button).toHaveTextContent('SearchCtrl K'));
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K');
    await userEvent.keyboard('/?');
    noDialog();
    await userEvent.keyboard('{Control>}k{/Control}');
    await searchDialog();
  });

  it('turns single keys off from the shortcuts list, which then says so', async () => {
    renderPage();
    await userEvent.keyboard('?');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Single-key shortcuts' }));
    expect(useAppStore.getState().preferences.singleKeyShortcuts).toBe(false);
    expect(screen.getByRole('dialog')).toHaveTextContent('Single-key shortcuts are off.');
    expect(screen.getAllByText('(off)')).toHaveLength(4);
  });
});
