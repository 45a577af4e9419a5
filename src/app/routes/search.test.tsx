import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTopic } from '@/content/catalog';
import { documentTitle } from '@/lib/use-document-title';
import { renderRoute, resetStore } from '@/testing/render-route';

// The fake engine stands in for the real one (lib/search-engine), which has its own tests.
const { engine } = await vi.hoisted(async () => {
  const fake = await import('@/features/search/testing/fake-engine');
  return { engine: fake.createFakeEngine(fake.sampleCourse) };
});
vi.mock('@/features/search/load-searcher', () => ({
  loadSearcher: () => Promise.resolve(engine),
}));

beforeEach(() => {
  resetStore();
  engine.setNotes([]);
});

const heading = () => screen.findByRole('heading', { level: 1, name: 'Search' });
/** The page's count (the layout has a status region of its own, for undo toasts). */
const count = () => within(screen.getByRole('article')).getByRole('status');
const field = () =>
  screen.getByRole('searchbox', { name: 'Search topics, examples and your notes' });

describe('search page', () => {
  it('searches the query in the URL, with a count and the results grouped', async () => {
    renderRoute('/search?q=strategy');
    await heading();
    await waitFor(() => expect(document.title).toBe(documentTitle('Search')));
    expect(field()).toHaveValue('strategy');
    expect(count()).toHaveTextContent('4 results for “strategy”');
    const topics = screen.getByRole('region', { name: 'Topics and sections (2)' });
    expect(within(topics).getByRole('link', { name: 'The kernel' })).toHaveAttribute(
      'href',
      '/topics/strategy-and-execution#kernel',
    );
    expect(within(topics).getByText('Strategy and execution › The kernel')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Examples (1)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Reflections and experiments (1)' })).toBeVisible();
    const marks = [...document.querySelectorAll('main mark')].map((mark) => mark.textContent);
    expect(marks.map((mark) => mark?.toLowerCase())).toContain('strategy');
  });

  it('keeps the query in the URL as the reader types, and focus in the field', async () => {
    const { router } = renderRoute('/search');
    await heading();
    await userEvent.type(field(), 'kernel');
    await waitFor(() => expect(router.state.location.search).toBe('?q=kernel'));
    expect(field()).toHaveFocus();
    expect(count()).toHaveTextContent('1 result for “kernel”');
    await userEvent.clear(field());
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('takes the query of another search opened while it is on screen', async () => {
    const { router } = renderRoute('/search?q=kernel');
    await heading();
    await act(() => router.navigate('/search?q=offsite'));
    await waitFor(() => expect(field()).toHaveValue('offsite'));
    expect(count()).toHaveTextContent('1 result for “offsite”');
    await act(() => router.navigate(-1));
    await waitFor(() => expect(field()).toHaveValue('kernel'));
  });

  it('asks the engine for up to 200 of each kind, and says so when there are more', async () => {
    const { answerDoc } = await import('@/features/search/testing/fake-engine');
    engine.setNotes(
      Array.from({ length: 201 }, (_, index) => ({
        ...answerDoc('strategy-and-execution', `p${index}`, 'many words'),
        id: `answer:${index}`,
      })),
    );
    renderRoute('/search?q=many');
    await heading();
    await waitFor(() =>
      expect(count()).toHaveTextContent('201 results for “many”, the first 200 of each kind shown'),
    );
    const notes = screen.getByRole('region', { name: 'Your notes (200)' });
    expect(within(notes).getAllByRole('listitem')).toHaveLength(200);
  });

  it('says it is loading while the engine loads, then searches', async () => {
    let finish = () => {};
    const held = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const loads = await import('@/features/search/load-searcher');
    const spy = vi.spyOn(loads, 'loadSearcher').mockImplementation(() => held.then(() => engine));
    renderRoute('/search?q=kernel');
    await heading();
    expect(count()).toHaveTextContent('Loading search…');
    finish();
    await waitFor(() => expect(count()).toHaveTextContent('1 result for “kernel”'));
    spy.mockRestore();
  });

  it('suggests the journey and the check-up before anything is searched', async () => {
    renderRoute('/search');
    await heading();
    expect(count()).toBeEmptyDOMElement();
    expect(screen.getByText(/Search every topic’s sections/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'the journey' })).toHaveAttribute('href', '/#journey');
    expect(screen.getByRole('link', { name: 'the check-up' })).toHaveAttribute(
      'href',
      '/assessment',
    );
  });

  it('says what was searched when nothing matches, as text', async () => {
    renderRoute(`/search?q=${encodeURIComponent('<script>zzz</script>')}`);
    await heading();
    await waitFor(() => expect(count()).toHaveTextContent('No results for “<script>zzz</script>”'));
    expect(screen.getByText(/Nothing in the course or in your notes matches/)).toHaveTextContent(
      '“<script>zzz</script>”',
    );
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.getByRole('link', { name: 'the check-up' })).toBeInTheDocument();
  });

  it('opens one of the reader’s answers with its text box focused', async () => {
    const topic = await loadTopic('strategy-and-execution');
    const reflection = topic?.reflections[0];
    const { answerDoc } = await import('@/features/search/testing/fake-engine');
    engine.setNotes([answerDoc('strategy-and-execution', reflection?.id ?? '', 'a platform lead')]);
    renderRoute('/search?q=platform');
    await heading();
    const notes = await screen.findByRole('region', { name: 'Your notes (1)' });
    await userEvent.click(within(notes).getByRole('link'));
    const answer = await screen.findByRole('textbox', { name: reflection?.prompt });
    await waitFor(() => expect(answer).toHaveFocus());
  });
});
