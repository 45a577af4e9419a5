import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { entryOf } from '@/store/format/record-map';
import { resetStore } from '@/testing/render-route';
import { NotebookNote } from './notebook-note';

beforeEach(resetStore);

const renderNote = () => {
  useAppStore.getState().saveNote({ id: 'n1', topic: 'resource-management', body: 'Budget talk' });
  const note = entryOf(useAppStore.getState().notes, 'n1');
  if (!note) throw new Error('no note');
  render(
    <NotebookNote note={note} about="note 1 on Resource management" onEditingChange={() => {}} />,
  );
};

describe('NotebookNote focus', () => {
  it('moves focus into the editor on Edit, and back to Edit on Done editing', async () => {
    renderNote();
    await userEvent.click(
      screen.getByRole('button', { name: 'Edit note 1 on Resource management' }),
    );
    expect(
      screen.getByRole('textbox', { name: 'Edit note 1 on Resource management' }),
    ).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Done editing' }));
    expect(
      screen.getByRole('button', { name: 'Edit note 1 on Resource management' }),
    ).toHaveFocus();
  });

  it('leaves the editor on Escape, keeping the text and returning focus to Edit', async () => {
    renderNote();
    await userEvent.click(
      screen.getByRole('button', { name: 'Edit note 1 on Resource management' }),
    );
    await userEvent.type(screen.getByRole('textbox'), ' went well');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Edit note 1 on Resource management' }),
    ).toHaveFocus();
    expect(entryOf(useAppStore.getState().notes, 'n1')?.body).toBe('Budget talk went well');
  });

  it('keeps its place for keyboard readers: Enter on Edit, then Escape', async () => {
    renderNote();
    await userEvent.tab();
    expect(
      screen.getByRole('button', { name: 'Edit note 1 on Resource management' }),
    ).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('textbox')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(
      screen.getByRole('button', { name: 'Edit note 1 on Resource management' }),
    ).toHaveFocus();
  });
});
