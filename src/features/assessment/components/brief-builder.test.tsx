import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '@/lib/download';
import { BRIEF_FIELD_MAX_LENGTH } from '@/store/format/limits';
import { briefMarkdown } from '../lib/brief';
import { BriefBuilder, type BriefDraftFields, type BriefNoteChoice } from './brief-builder';

vi.mock('@/lib/download', () => ({ downloadText: vi.fn() }));

afterEach(() => {
  vi.clearAllMocks();
  vi.restoreAllMocks();
});

const notes: BriefNoteChoice[] = [
  {
    id: 'n1',
    topicTitle: 'Fear: the people side',
    prompt: 'Which talk are you postponing?',
    body: 'The one with Sam about the rota.',
  },
  {
    id: 'n2',
    topicTitle: 'Fear: the people side',
    body: 'A free note on <b>hiring</b>.',
  },
  {
    id: 'n3',
    topicTitle: 'Strategy and execution',
    prompt: 'What would you stop doing?',
    body: 'Weekly status decks.',
  },
];

/** The builder is controlled: here a little state stands in for the store. */
function Harness({
  initialDraft,
  onDraftChange,
  makeMarkdown,
}: {
  initialDraft: BriefDraftFields;
  onDraftChange: (draft: BriefDraftFields) => void;
  makeMarkdown: (draft: BriefDraftFields, ids: string[]) => string;
}) {
  const [draft, setDraft] = useState(initialDraft);
  return (
    <BriefBuilder
      notes={notes}
      draft={draft}
      onDraftChange={(next) => {
        onDraftChange(next);
        setDraft(next);
      }}
      makeMarkdown={makeMarkdown}
      fileName="one-to-one-brief-2026-11-25.md"
    />
  );
}

const setup = (initialDraft: BriefDraftFields = { ask: '', feedback: '', nextCheckIn: '' }) => {
  const onDraftChange = vi.fn();
  const makeMarkdown = (draft: BriefDraftFields, ids: string[]) =>
    briefMarkdown({
      date: '2026-11-25',
      areas: [],
      experiments: [],
      notes: notes.filter((note) => ids.includes(note.id)),
      ...draft,
      questions: [],
    });
  render(
    <Harness
      initialDraft={initialDraft}
      onDraftChange={onDraftChange}
      makeMarkdown={makeMarkdown}
    />,
  );
  return { onDraftChange, user: userEvent.setup() };
};

const previewText = () => screen.getByText(/^# My 1:1 brief/, { selector: 'pre' }).textContent;

describe('BriefBuilder', () => {
  it('picks no note by default, and names each by its prompt and the start of the answer', () => {
    setup();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    for (const box of boxes) expect(box).not.toBeChecked();
    expect(
      screen.getByRole('checkbox', {
        name: 'Which talk are you postponing? — The one with Sam about the rota.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Your note — A free note on <b>hiring</b>.' }),
    ).toBeInTheDocument();
    // Grouped by topic.
    expect(screen.getByRole('group', { name: 'Strategy and execution' })).toContainElement(
      screen.getByRole('checkbox', { name: /What would you stop doing/ }),
    );
  });

  it('puts exactly the two picked notes in the preview, and moves focus to it', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: /What would you stop doing/ }));
    await user.click(screen.getByRole('checkbox', { name: /Which talk/ }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(screen.getByRole('heading', { name: 'Preview' })).toHaveFocus();
    const text = previewText();
    expect(text).toContain('> Which talk are you postponing?\n\nThe one with Sam about the rota.');
    expect(text).toContain('> What would you stop doing?\n\nWeekly status decks.');
    expect(text).not.toContain('hiring');
    // Picked in the notes' order, not the order they were ticked in.
    expect(text?.indexOf('Which talk')).toBeLessThan(text?.indexOf('stop doing') ?? -1);
  });

  it('shows the Markdown as plain text, never as HTML', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: /free note/ }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(previewText()).toContain('A free note on \\<b>hiring\\</b>.');
    expect(document.querySelector('pre b')).toBeNull();
  });

  it('keeps the three fields, reports each change, and shows them in the preview', async () => {
    const { user, onDraftChange } = setup({
      ask: 'Lead the next incident review.',
      feedback: '',
      nextCheckIn: '',
    });
    expect(screen.getByRole('textbox', { name: 'What I want to ask for' })).toHaveValue(
      'Lead the next incident review.',
    );
    await user.type(screen.getByRole('textbox', { name: 'How I like feedback' }), 'Written.');
    const date = screen.getByLabelText('Next check-in');
    expect(date).toHaveAttribute('type', 'date');
    await user.type(date, '2026-12-09');
    expect(onDraftChange).toHaveBeenLastCalledWith({
      ask: 'Lead the next incident review.',
      feedback: 'Written.',
      nextCheckIn: '2026-12-09',
    });

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const text = previewText();
    expect(text).toContain('## What I want to ask for\n\nLead the next incident review.');
    expect(text).toContain('## How I like feedback\n\nWritten.');
    expect(text).toContain('## Next check-in\n\n9 December 2026');
  });

  it('refuses an edit that would pass a field’s length, says so, and keeps the text as it was', async () => {
    const full = 'x'.repeat(BRIEF_FIELD_MAX_LENGTH);
    const { user, onDraftChange } = setup({ ask: full, feedback: '', nextCheckIn: '' });
    const ask = screen.getByRole('textbox', { name: 'What I want to ask for' });
    await user.click(ask);
    await user.paste('one more');
    expect(screen.getByRole('alert')).toHaveTextContent(/holds up to 4,000 characters/);
    expect(ask).toHaveValue(full);
    expect(onDraftChange).not.toHaveBeenCalled();
  });

  it('downloads the brief under its file name, with the picked notes', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Which talk/ }));
    await user.click(screen.getByRole('button', { name: 'Download brief' }));
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [fileName, text, type] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('one-to-one-brief-2026-11-25.md');
    expect(type).toBe('text/markdown');
    expect(text).toContain('The one with Sam');
    expect(text).not.toContain('Weekly status decks');
  });

  it('prints the brief alone: the preview is shown and marked for the print stylesheet', async () => {
    const { user } = setup();
    let markedWhilePrinting = false;
    // What the print stylesheet sees while the dialog is open.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      markedWhilePrinting = document.querySelector('pre.brief-print') !== null;
    });
    await user.click(screen.getByRole('button', { name: 'Print brief' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(markedWhilePrinting).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    await vi.waitFor(() => expect(document.querySelector('pre.brief-print')).toBeNull());
    expect(document.querySelector('pre')).not.toBeNull();
  });

  it('works by keyboard alone', async () => {
    const { user } = setup();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: /Which talk/ })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: /Which talk/ })).toBeChecked();
    await user.click(screen.getByRole('textbox', { name: 'What I want to ask for' }));
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'How I like feedback' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Next check-in')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Preview' })).toHaveFocus();
  });

  it('says so when there are no notes to pick', () => {
    render(
      <BriefBuilder
        notes={[]}
        draft={{ ask: '', feedback: '', nextCheckIn: '' }}
        onDraftChange={() => {}}
        makeMarkdown={() => ''}
        fileName="one-to-one-brief-2026-11-25.md"
      />,
    );
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText(/No notes yet/)).toBeInTheDocument();
  });
});
