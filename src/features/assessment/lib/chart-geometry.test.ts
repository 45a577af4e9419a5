import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChartLayout,
  type ChartRow,
  chartGeometry,
  NOT_SCORED_TEXT,
  SCALE_TICKS,
  wrapLabel,
} from './chart-geometry';

const nine: ChartRow[] = [
  { label: 'Fear: losing your technical edge', score: 40, previous: 30 },
  { label: 'Fear: the people side', score: 75 },
  { label: 'Fear: balancing technical and managerial work', score: 0 },
  { label: 'Culture and team composition', score: 100, previous: 100 },
  { label: 'Strategy and execution', score: 50, previous: 60 },
  { label: 'Product development and innovation' },
  { label: 'Delivery management and supportability', previous: 20 },
  { label: 'Resource management', previous: 80 },
  { label: 'Purpose and meaning', score: 25 },
];
const layouts: ChartLayout[] = ['wide', 'narrow'];

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Purpose and meaning', 26, 2)).toEqual(['Purpose and meaning']);
  });
  it('breaks between words', () => {
    expect(wrapLabel('Fear: balancing technical and managerial work', 26, 2)).toEqual([
      'Fear: balancing technical',
      'and managerial work',
    ]);
  });
  it('ends a label that does not fit with an ellipsis', () => {
    expect(wrapLabel('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapLabel('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });
  it('has no lines for a blank label', () => {
    expect(wrapLabel('   ', 10, 2)).toEqual([]);
  });
  it('never exceeds its width or line count', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 3 }),
        (text, width, lines) => {
          const wrapped = wrapLabel(text, width, lines);
          expect(wrapped.length).toBeLessThanOrEqual(lines);
          for (const line of wrapped) {
            expect(line.length).toBeLessThanOrEqual(width);
            expect(line.trim()).toBe(line);
            expect(line).not.toBe('');
          }
        },
      ),
    );
  });
});

describe('chartGeometry', () => {
  it('draws the scale at 0, 25, 50, 75 and 100', () => {
    for (const layout of layouts) {
      const geometry = chartGeometry(nine, layout);
      expect(geometry.gridlines.map((line) => line.value)).toEqual([0, 25, 50, 75, 100]);
      expect(geometry.ticks.map((tick) => tick.value)).toEqual([...SCALE_TICKS]);
      const { x, width } = geometry.plot;
      expect(geometry.gridlines.map((line) => line.x)).toEqual([
        x,
        x + width / 4,
        x + width / 2,
        x + (3 * width) / 4,
        x + width,
      ]);
    }
  });

  it('gives bars a width in proportion to the score, from the start of the scale', () => {
    const { rows, plot } = chartGeometry(nine, 'wide');
    expect(rows[0]?.bar).toMatchObject({ x: plot.x, width: (40 / 100) * plot.width });
    expect(rows[3]?.bar?.width).toBe(plot.width);
    expect(rows[2]?.bar?.width).toBe(0);
  });

  it('draws no bar for an area with no score, and says "not scored" instead', () => {
    for (const layout of layouts) {
      const row = chartGeometry(nine, layout).rows[5];
      expect(row?.bar).toBeUndefined();
      expect(row?.value).toMatchObject({ text: NOT_SCORED_TEXT, scored: false });
    }
  });

  it('marks the previous score where there is one', () => {
    const { rows, plot } = chartGeometry(nine, 'wide');
    expect(rows[0]?.previous?.x).toBe(plot.x + (30 / 100) * plot.width);
    expect(rows[1]?.previous).toBeUndefined();
    expect(rows[7]?.previous?.x).toBe(plot.x + (80 / 100) * plot.width);
  });

  it('puts the score after the bar, or after a previous mark that would be written over', () => {
    const { rows, plot } = chartGeometry(nine, 'wide');
    expect(rows[0]?.value).toMatchObject({ x: plot.x + 0.4 * plot.width, text: '40' });
    expect(rows[4]?.value).toMatchObject({ x: plot.x + 0.6 * plot.width, text: '50' });
    const far = chartGeometry([{ label: 'a', score: 0, previous: 50 }], 'wide').rows[0];
    expect(far?.value).toMatchObject({ x: plot.x, text: '0' });
  });

  it('keeps "not scored" clear of a previous mark near the start of the scale', () => {
    const { rows, plot } = chartGeometry(nine, 'wide');
    expect(rows[6]?.value.x).toBe(rows[6]?.previous?.x);
    expect(rows[7]?.value.x).toBe(plot.x);
  });

  it('wraps long labels onto two lines and spaces the wide rows evenly', () => {
    const { rows } = chartGeometry(nine, 'wide');
    expect(rows[2]?.label.lines.map((line) => line.text)).toEqual([
      'Fear: balancing technical',
      'and managerial work',
    ]);
    const tops = rows.map((row) => row.bar?.y ?? row.band.y1 + 0.25);
    const steps = tops.slice(1).map((top, i) => Math.round((top - (tops[i] ?? 0)) * 1000));
    expect(new Set(steps).size).toBe(1);
  });

  it('puts labels left of the bars when wide, and above them when narrow', () => {
    const wide = chartGeometry(nine, 'wide').rows[0];
    expect(wide?.label).toMatchObject({ anchor: 'end' });
    expect(wide?.label.x).toBeLessThan(chartGeometry(nine, 'wide').plot.x);
    const narrow = chartGeometry(nine, 'narrow').rows[0];
    expect(narrow?.label).toMatchObject({ x: 0, anchor: 'start' });
    const lastLine = narrow?.label.lines.at(-1)?.y ?? Number.POSITIVE_INFINITY;
    expect(lastLine).toBeLessThan(narrow?.band.y1 ?? 0);
  });

  it('clamps scores outside 0 to 100 and ignores ones that are not numbers', () => {
    const { rows, plot } = chartGeometry(
      [
        { label: 'a', score: 140, previous: -5 },
        { label: 'b', score: Number.NaN },
      ],
      'wide',
    );
    expect(rows[0]?.bar?.width).toBe(plot.width);
    expect(rows[0]?.value.text).toBe('100');
    expect(rows[0]?.previous?.x).toBe(plot.x);
    expect(rows[1]?.bar).toBeUndefined();
  });

  it('keeps every row apart, inside the chart, and the axis below them', () => {
    const row = fc.record({
      label: fc.string({ maxLength: 60 }),
      score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      previous: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 9 }), fc.constantFrom(...layouts), (data, layout) => {
        const geometry = chartGeometry(data, layout);
        expect(geometry.rows).toHaveLength(data.length);
        // A 14 px system font reaches about 0.8 em above its baseline and 0.25 em below it.
        let bottom = 0;
        for (const [i, r] of geometry.rows.entries()) {
          const top = Math.min(r.band.y1, ...r.label.lines.map((line) => line.y - 0.8));
          expect(top).toBeGreaterThanOrEqual(bottom - 1e-9);
          bottom = Math.max(r.band.y2, ...r.label.lines.map((line) => line.y + 0.25));
          expect(r.bar === undefined).toBe(data[i]?.score === undefined);
          if (r.bar) {
            expect(r.bar.x + r.bar.width).toBeLessThanOrEqual(
              geometry.plot.x + geometry.plot.width,
            );
          }
          expect(r.value.x).toBeLessThanOrEqual(geometry.plot.x + geometry.plot.width);
        }
        for (const tick of geometry.ticks) {
          expect(tick.y).toBeGreaterThan(bottom);
          expect(tick.y).toBeLessThan(geometry.height);
        }
      }),
    );
  });
});
