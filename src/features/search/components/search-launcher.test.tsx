import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { resetStore } from '@/testing/render-route';
import { SearchLauncher } from './search-launcher';

// The fake engine stands in for the real one, which the dialog loads through this module.
const { engine } = await vi.hoisted(async () => {
  const fake = await import('../testing/fake-engine');
  return { engine: fake.createFakeEngine(fake.sampleCourse) };
});
vi.mock('../load-searcher', () => ({ loadSearcher: () => Promise.resolve(engine) }));

beforeEach(resetStore);

/** A page with the launcher, as the app layout's header has it. */
function Page() {
  return (
    <>
      <SearchLauncher allResultsHref={() => '/search'} />
      <button type="button">Somewhere on the page</button>
      <label>
        A note <textarea />
      </label>
    </>
  );
}

const renderPage = () =>
  render(<RouterProvider router={createMemoryRouter([{ path: '*', element: <Page /> }])} />);

const searchDialog = () => screen.findByRole('combobox');
const noDialog = () => expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

describe('search shortcuts', () => {
  it('shows ⌘K on an Apple keyboard, where ⌘K opens search and Ctrl+K is left to the field', async () => {
    const platform = vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    onTestFinished(() => platform.mockRestore());
    renderPage();
    const button = screen.getByRole('button', { name: 'Search' });
    await waitFor(() => expect(button).toHaveTextContent('Search/⌘K'));
    expect(button).toHaveAttribute('aria-keyshortcuts', '/ Meta+K');
    await userEvent.click(screen.getByRole('textbox', { name: 'A note' }));
    await userEvent.keyboard('{Control>}k{/Control}');
    noDialog();
    await userEvent.keyboard('{Meta>}k{/Meta}');
    expect(await searchDialog()).toHaveFocus();
  });

  it('shows / and Ctrl K on the header button elsewhere', async () => {
    renderPage();
    const button = screen.getByRole('button', { name: 'Search' });
    // jsdom's navigator.platform is empty: not an Apple keyboard.
    expect(button).toHaveTextContent('Search/Ctrl K');
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

  it('leaves focus to the next page when a result is opened', async () => {
    renderPage();
    const before = screen.getByRole('button', { name: 'Somewhere on the page' });
    before.focus();
    await userEvent.keyboard('/');
    await userEvent.type(await searchDialog(), 'kernel');
    await screen.findByRole('option');
    await userEvent.keyboard('{Enter}');
    noDialog();
    expect(before).not.toHaveFocus();
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
