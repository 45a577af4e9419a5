import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { NOTE_MAX_LENGTH } from '@/store/slices/notes-slice';
import { resetStore } from '@/testing/render-route';
import { NoteEditor } from './note-editor';

beforeEach(resetStore);

const renderEditor = () =>
  render(
    <NoteEditor noteId="t/p" topic="t" promptId="p" label="Your answer" deleteLabel="Delete" />,
  );
const box = () => screen.getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement;
const notes = () => Object.values(useAppStore.getState().notes).filter((n) => !n.deletedAt);

describe('a note at its length limit', () => {
  it('never cuts saved words: an edit past the limit is held aside, then kept as a new note', async () => {
    const saved = `${'a'.repeat(NOTE_MAX_LENGTH - 15)}MY SAVED ENDING`;
    useAppStore.getState().saveNote({ id: 't/p', topic: 't', promptId: 'p', body: saved });
    renderEditor();
    fireEvent.change(box(), { target: { value: `PASTED TEXT ${saved}` } });
    expect(useAppStore.getState().notes['t/p']?.body).toBe(saved);
    expect(box().value).toBe(saved);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('the 12 characters you added were not put in it');
    await userEvent.click(screen.getByRole('button', { name: 'Save what I added as a new note' }));
    expect(notes().map((n) => n.body)).toEqual([saved, 'PASTED TEXT ']);
    expect(screen.getByRole('status')).toHaveTextContent('Saved as a new note');
  });

  it('keeps characters typed into a full box in the order they were typed', async () => {
    const full = 'b'.repeat(NOTE_MAX_LENGTH);
    useAppStore.getState().saveNote({ id: 't/p', topic: 't', promptId: 'p', body: full });
    renderEditor();
    for (const letter of 'hello')
      fireEvent.change(box(), { target: { value: `${box().value}${letter}` } });
    expect(screen.getByRole('alert')).toHaveTextContent('the 5 characters you added');
    await userEvent.click(screen.getByRole('button', { name: 'Save what I added as a new note' }));
    expect(notes().map((n) => n.body)).toContain('hello');
    expect(useAppStore.getState().notes['t/p']?.body).toBe(full);
  });

  it('splits a paste longer than the limit itself into notes that each fit', async () => {
    renderEditor();
    fireEvent.change(box(), { target: { value: `${'c'.repeat(NOTE_MAX_LENGTH)}tail words` } });
    await userEvent.click(screen.getByRole('button', { name: 'Save what I added as a new note' }));
    const bodies = notes().map((n) => n.body);
    expect(bodies).toHaveLength(2);
    expect(bodies.join('')).toBe(`${'c'.repeat(NOTE_MAX_LENGTH)}tail words`);
  });
});

describe('a prerendered answer box', () => {
  it('is read-only in the HTML, so nothing typed before the saved answer arrives is lost', async () => {
    const { renderToString } = await import('react-dom/server');
    useAppStore.getState().saveNote({ id: 't/p', topic: 't', promptId: 'p', body: 'saved' });
    const html = renderToString(
      <NoteEditor noteId="t/p" topic="t" promptId="p" label="Your answer" deleteLabel="Delete" />,
    );
    expect(html).toMatch(/<textarea[^>]*readOnly=""/i);
  });

  it('takes text in the browser', () => {
    renderEditor();
    expect(box()).not.toHaveAttribute('readonly');
  });
});
