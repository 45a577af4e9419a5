import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { loadTopic } from '@/content/catalog';
import { documentTitle } from '@/lib/use-document-title';
import { useAppStore } from '@/store/app-store';
import { renderRoute, resetStore } from '@/testing/render-route';

beforeEach(resetStore);

/**
 * Waits until the topic page on screen has run its effects, which React may do a moment after
 * the page shows: the [ and ] keys are wired in an effect of the same render as the one that
 * sets the document title, so once the title names the heading, the keys work.
 */
async function topicReady() {
  const heading = await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(document.title).toBe(documentTitle(heading.textContent ?? '')));
}

describe('topic page', () => {
  it('renders every part of a fear topic, each after-body part a named region', async () => {
    const topic = await loadTopic('fear-people-challenges');
    renderRoute('/topics/fear-people-challenges');
    expect(
      await screen.findByRole('heading', { level: 1, name: topic?.title }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Stage 2 · Face the fears · Topic 3 of 12/)).toBeInTheDocument();
    expect(screen.getByText(`${topic?.readingMinutes} min read`)).toBeInTheDocument();

    const toc = screen.getByRole('navigation', { name: 'On this page' });
    for (const section of topic?.sections ?? []) {
      expect(within(toc).getByRole('link', { name: section.title })).toHaveAttribute(
        'href',
        `#${section.id}`,
      );
      expect(screen.getByRole('region', { name: section.title })).toBeInTheDocument();
    }
    for (const name of [
      'Key takeaways',
      'From fear to strength',
      'Reflections',
      'Real-world examples',
      'Try this week',
      'Related topics',
    ]) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    const examples = screen.getByRole('region', { name: 'Real-world examples' });
    for (const link of within(examples).getAllByRole('link')) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAccessibleName(/\(opens in a new tab\)$/);
    }
    expect(screen.getByRole('link', { name: /Previous topic/ })).toHaveAttribute(
      'href',
      '/topics/fear-losing-technical-edge',
    );
    expect(screen.getByRole('link', { name: /Next topic/ })).toHaveAttribute(
      'href',
      '/topics/fear-balancing-roles',
    );
  });

  it('has no fear reframe on a practice topic, and no previous link on the first topic', async () => {
    renderRoute('/topics/is-leadership-for-me');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'From fear to strength' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Previous topic/ })).not.toBeInTheDocument();
  });

  it('moves to the next and previous topic with ] and [', async () => {
    const { router } = renderRoute('/topics/strategy-and-execution');
    await topicReady();
    await userEvent.keyboard(']');
    await screen.findByText(/Topic 7 of 12/);
    expect(router.state.location.pathname).toBe('/topics/product-development-and-innovation');
    await topicReady();
    // '[[' is user-event's escape for a literal '[' key.
    await userEvent.keyboard('[[');
    await screen.findByText(/Topic 6 of 12/);
    expect(router.state.location.pathname).toBe('/topics/strategy-and-execution');
  });

  it('ignores ] and hides its tip once single-key shortcuts are off', async () => {
    useAppStore.getState().setSingleKeyShortcuts(false);
    const { router } = renderRoute('/topics/strategy-and-execution');
    await topicReady();
    expect(screen.queryByText(/to move between topics/)).not.toBeInTheDocument();
    await userEvent.keyboard(']');
    expect(router.state.location.pathname).toBe('/topics/strategy-and-execution');
  });

  it('opens a reader note from a search result with its text box focused', async () => {
    const topic = await loadTopic('strategy-and-execution');
    const reflection = topic?.reflections[0];
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
    onTestFinished(() => scrolled.mockRestore());
    const { router } = renderRoute('/about');
    await screen.findByRole('heading', { level: 1 });
    await act(() =>
      router.navigate(`/topics/strategy-and-execution#reflection-${reflection?.id}`, {
        state: { focus: `answer-${reflection?.id}` },
      }),
    );
    const answer = await screen.findByRole('textbox', { name: reflection?.prompt });
    await waitFor(() => expect(answer).toHaveFocus());
    expect(answer).toHaveAttribute('id', `answer-${reflection?.id}`);
    // Still in the Tab order: a text box is focusable without a tabindex.
    expect(answer).not.toHaveAttribute('tabindex');
    expect(scrolled.mock.contexts.at(-1)).toBe(answer);
  });

  it('gives each free note’s text box the id a search result names', async () => {
    useAppStore
      .getState()
      .saveNote({ id: 'note-abc', topic: 'strategy-and-execution', body: 'kernel thoughts' });
    renderRoute('/topics/strategy-and-execution');
    const note = await screen.findByRole('textbox', { name: 'Note 1' });
    expect(note).toHaveAttribute('id', 'note-note-abc');
  });

  it('shows the not-found page for an unknown slug', async () => {
    renderRoute('/topics/unknown');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});

describe('topic page reader tools', () => {
  it('saves a reflection answer from a textarea labelled by its prompt, as text', async () => {
    const topic = await loadTopic('fear-balancing-roles');
    const prompt = topic?.reflections[0]?.prompt ?? '';
    renderRoute('/topics/fear-balancing-roles');
    const answer = await screen.findByRole('textbox', { name: prompt });
    await userEvent.type(answer, '<b>mine</b>');
    const id = `fear-balancing-roles/${topic?.reflections[0]?.id}`;
    expect(useAppStore.getState().notes[id]?.body).toBe('<b>mine</b>');
    expect(answer).toHaveValue('<b>mine</b>');
  });

  it('leaves a topic "Not started" when it is only opened, and the status group changes it', async () => {
    renderRoute('/topics/purpose-and-meaning');
    await topicReady();
    const group = screen.getByRole('group', { name: 'Reading status' });
    expect(within(group).getByRole('radio', { name: 'Not started' })).toBeChecked();
    expect(useAppStore.getState().lastPosition).toBeNull();
    await userEvent.click(within(group).getByRole('radio', { name: 'Done' }));
    expect(useAppStore.getState().progress['purpose-and-meaning']?.status).toBe('done');
  });

  it('counts as reading after 45 s on the page: "In progress", and "Continue" points at it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    try {
      renderRoute('/topics/purpose-and-meaning');
      await topicReady();
      act(() => vi.advanceTimersByTime(44_000));
      expect(useAppStore.getState().progress['purpose-and-meaning']).toBeUndefined();
      act(() => vi.advanceTimersByTime(1_000));
      const group = screen.getByRole('group', { name: 'Reading status' });
      expect(within(group).getByRole('radio', { name: 'In progress' })).toBeChecked();
      expect(useAppStore.getState().lastPosition?.topic).toBe('purpose-and-meaning');
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends with the counts, "Mark as done" and "Skip this topic", each undoable', async () => {
    renderRoute('/topics/purpose-and-meaning');
    await topicReady();
    const end = screen.getByRole('region', { name: 'End of this topic' });
    expect(end).toHaveTextContent(/Reflections answered: 0 of \d/);
    expect(end).toHaveTextContent(/Experiments tried: 0 of \d/);
    await userEvent.type(screen.getAllByRole('textbox')[0] as HTMLElement, 'An answer');
    expect(end).toHaveTextContent(/Reflections answered: 1 of \d/);

    await userEvent.click(within(end).getByRole('button', { name: 'Mark as done' }));
    expect(useAppStore.getState().progress['purpose-and-meaning']?.status).toBe('done');
    expect(within(end).getByRole('button', { name: 'Mark as not done' })).toHaveFocus();
    await userEvent.click(within(end).getByRole('button', { name: 'Mark as not done' }));
    expect(useAppStore.getState().progress['purpose-and-meaning']?.status).toBe('in-progress');

    await userEvent.click(within(end).getByRole('button', { name: 'Skip this topic' }));
    expect(within(end).getByRole('status')).toHaveTextContent('Status: skipped');
    expect(within(end).getByRole('button', { name: 'Back to reading' })).toHaveFocus();
  });

  it('bookmarks the topic and a section with toggle buttons named "Bookmark …"', async () => {
    renderRoute('/topics/purpose-and-meaning');
    const topicButton = await screen.findByRole('button', { name: 'Bookmark this topic' });
    await userEvent.click(topicButton);
    expect(topicButton).toHaveAttribute('aria-pressed', 'true');
    const sectionButtons = screen.getAllByRole('button', { name: /^Bookmark section: / });
    expect(sectionButtons.length).toBeGreaterThanOrEqual(4);
    await userEvent.click(sectionButtons[0] as HTMLElement);
    expect(sectionButtons[0]).toHaveAttribute('aria-pressed', 'true');
    expect(Object.keys(useAppStore.getState().bookmarks)).toHaveLength(2);
  });
});
