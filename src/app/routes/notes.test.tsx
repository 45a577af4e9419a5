import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadTopic } from '@/content/catalog';
import { useAppStore } from '@/store/app-store';
import { renderRoute, resetStore } from '@/testing/render-route';

beforeEach(resetStore);

describe('notebook page', () => {
  it('points to the first topic when there are no notes', async () => {
    renderRoute('/notes');
    expect(await screen.findByText(/No notes yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start with topic 1' })).toHaveAttribute(
      'href',
      '/topics/is-leadership-for-me',
    );
  });

  it('shows an answer under its prompt as text, and deletes it with Undo', async () => {
    const topic = await loadTopic('resource-management');
    const reflection = topic?.reflections[1];
    if (!reflection) throw new Error('no reflection');
    useAppStore.getState().saveNote({
      id: `resource-management/${reflection.id}`,
      topic: 'resource-management',
      promptId: reflection.id,
      body: '<img src=x onerror=alert(1)> is just text',
    });
    renderRoute('/notes?topic=resource-management');
    const region = await screen.findByRole('region', { name: 'Resource management' });
    expect(within(region).getByText(reflection.prompt).closest('blockquote')).not.toBeNull();
    expect(
      within(region).getByText('<img src=x onerror=alert(1)> is just text'),
    ).toBeInTheDocument();
    expect(region.querySelector('img')).toBeNull();
    // The prompt leads back to where it is asked on the topic page.
    expect(within(region).getByRole('link', { name: reflection.prompt })).toHaveAttribute(
      'href',
      `/topics/resource-management#reflection-${reflection.id}`,
    );
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('resource-management');

    await userEvent.click(
      within(region).getByRole('button', { name: `Delete your answer to: ${reflection.prompt}` }),
    );
    expect(screen.queryByText('<img src=x onerror=alert(1)> is just text')).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText('<img src=x onerror=alert(1)> is just text'),
    ).toBeInTheDocument();
  });
});

describe('notebook search', () => {
  it('keeps focus in the search field while the query goes into the URL', async () => {
    useAppStore
      .getState()
      .saveNote({ id: 'n1', topic: 'resource-management', body: 'budget talk' });
    const { router } = renderRoute('/notes');
    const search = await screen.findByRole('searchbox', { name: 'Search your notes' });
    await userEvent.type(search, 'budget');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('budget');
    expect(router.state.location.search).toBe('?q=budget');
  });
});
