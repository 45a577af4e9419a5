import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AreaChart, type AreaChartRow } from './area-chart';

const rows: AreaChartRow[] = [
  {
    area: 'fear-losing-technical-edge',
    label: 'Fear: losing your technical edge',
    score: 40,
    previous: 25,
  },
  { area: 'fear-people-challenges', label: 'Fear: the people side', score: 60, previous: 70 },
  { area: 'strategy-and-execution', label: 'Strategy and execution', score: 50, previous: 50 },
  { area: 'culture-and-team-composition', label: 'Culture and team composition', score: 75 },
  { area: 'resource-management', label: 'Resource management', previous: 30 },
  { area: 'purpose-and-meaning', label: 'Purpose and meaning' },
];

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const cellTexts = (row: HTMLElement) =>
  [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
    (cell) => cell.textContent,
  );

describe('AreaChart', () => {
  it('lists every area in the table, with the change in words', () => {
    render(<AreaChart rows={rows} title="Your check-up, 25 November 2026" />);
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Area', 'Score', 'Previous', 'Change']);
    expect(bodyRows().map(cellTexts)).toEqual([
      ['Fear: losing your technical edge', '40', '25', 'Up 15'],
      ['Fear: the people side', '60', '70', 'Down 10'],
      ['Strategy and execution', '50', '50', 'No change'],
      ['Culture and team composition', '75', 'Not scored', 'New'],
      ['Resource management', 'Not scored', '30', 'No longer scored'],
      ['Purpose and meaning', 'Not scored', 'Not scored', 'Not scored'],
    ]);
    expect(screen.getByRole('table', { name: /Your check-up, 25 November 2026/ })).toBeVisible();
  });

  it('says "Not scored" for an area without a score, and draws it no bar', () => {
    const { container } = render(<AreaChart rows={rows} title="Check-up" />);
    const purpose = screen.getByRole('rowheader', { name: 'Purpose and meaning' }).closest('tr');
    expect(purpose && cellTexts(purpose)[1]).toBe('Not scored');
    // Each layout (wide and narrow) draws one bar per scored area: four of the six here.
    for (const layer of container.querySelectorAll('.area-chart__layer')) {
      expect(layer.querySelectorAll('rect.area-chart__bar')).toHaveLength(4);
      const purposeRow = [...layer.querySelectorAll(':scope > g')].find((g) =>
        g.textContent?.startsWith('Purpose and meaning'),
      );
      expect(purposeRow?.querySelector('rect')).toBeNull();
      expect(purposeRow?.textContent).toContain('not scored');
    }
  });

  it('names the figure and the chart, and leaves the words to the table', () => {
    render(<AreaChart rows={rows} title="Your check-up" caption="Compared with 12 October 2026" />);
    expect(screen.getByRole('figure', { name: 'Your check-up' })).toBeInTheDocument();
    const chart = screen.getByRole('img', {
      name: 'Bar chart: Your check-up, scores out of 100 by area. The table below lists the same figures.',
    });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const layers = chart.querySelectorAll(':scope > g');
    expect(layers).toHaveLength(2);
    for (const layer of layers) expect(layer).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Compared with 12 October 2026')).toBeInTheDocument();
  });

  it('draws the previous marks and their key only when there is an earlier score', () => {
    const { container, rerender } = render(<AreaChart rows={rows} title="Check-up" />);
    // Four areas have an earlier score, and each of the two layouts marks it.
    expect(container.querySelectorAll('line.area-chart__previous')).toHaveLength(8);
    expect(screen.getByText('previous check-up')).toBeInTheDocument();
    const first = rows.map(({ previous: _, ...row }) => row);
    rerender(<AreaChart rows={first} title="First check-up" />);
    expect(container.querySelector('line.area-chart__previous')).toBeNull();
    expect(screen.queryByText('previous check-up')).toBeNull();
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Area', 'Score']);
  });

  it('renders on the server', () => {
    const html = renderToStaticMarkup(<AreaChart rows={rows} title="Check-up" />);
    expect(html).toContain('<svg');
    expect(html).toContain('<table');
  });

  it('shows a label as text, never as markup', () => {
    render(
      <AreaChart
        rows={[{ area: 'x', label: '<img src=x onerror=alert(1)>', score: 10 }]}
        title="<b>t</b>"
      />,
    );
    expect(screen.getByRole('rowheader')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img, b')).toBeNull();
  });
});
