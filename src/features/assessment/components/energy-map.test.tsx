import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EnergyGroup } from '../lib/energy-map';
import { EnergyMap } from './energy-map';

const titleOf = (slug: string) =>
  ({ 'strategy-and-execution': 'Strategy and execution' })[slug] ?? slug;

const groups: EnergyGroup[] = [
  {
    topic: 'strategy-and-execution',
    energising: 1,
    neutral: 0,
    draining: 1,
    unrated: 1,
    entries: [
      {
        id: 'a',
        title: 'Write a one-page strategy',
        feeling: 'energising',
        why: '<b>Clarity</b>, at last',
      },
      { id: 'b', title: 'Label the doors', feeling: 'draining', why: 'Endless debate.' },
      { id: 'c', title: 'Publish a not-doing list', why: '' },
    ],
  },
];

describe('EnergyMap', () => {
  it('shows the summary, each area with its counts in words, and the why lines as text', () => {
    const { container } = render(
      <EnergyMap
        groups={groups}
        summary="Too few experiments to see a pattern yet."
        titleOf={titleOf}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Energy map' })).toBeInTheDocument();
    expect(screen.getByText('Too few experiments to see a pattern yet.')).toBeInTheDocument();
    const area = screen.getByRole('heading', { level: 3, name: 'Strategy and execution' })
      .parentElement as HTMLElement;
    expect(
      within(area).getByText('1 energising, 0 neutral, 1 draining, 1 not rated yet'),
    ).toBeInTheDocument();
    const items = within(area).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Write a one-page strategy Energising <b>Clarity</b>, at last',
      'Label the doors Draining Endless debate.',
      'Publish a not-doing list Not rated yet',
    ]);
    // The reader's words are text, never markup.
    expect(container.querySelector('b')).toBeNull();
  });

  it('explains how to log experiments when there are none, with the route’s action', () => {
    render(
      <EnergyMap
        groups={[]}
        summary="No experiments tried yet."
        titleOf={titleOf}
        emptyAction={<a href="/topics/is-leadership-for-me#experiments">Find an experiment</a>}
      />,
    );
    expect(screen.getByText(/tick “I tried this” on its topic page/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find an experiment' })).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
