import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AreaScoreLike, changeBetween, changeDirection, changeWords } from './change';

const rows = (entries: [string, number | undefined][]): AreaScoreLike[] =>
  entries.map(([area, score]) => ({ area, score }));

describe('changeBetween', () => {
  it('names each kind of change', () => {
    const before = rows([
      ['a', 50],
      ['b', 70],
      ['c', 40],
      ['d', undefined],
      ['e', 60],
      ['f', undefined],
    ]);
    const after = rows([
      ['a', 65],
      ['b', 60],
      ['c', 40],
      ['d', 25],
      ['e', undefined],
      ['f', undefined],
    ]);
    expect(changeBetween(before, after)).toEqual([
      { area: 'a', before: 50, after: 65, direction: 'up' },
      { area: 'b', before: 70, after: 60, direction: 'down' },
      { area: 'c', before: 40, after: 40, direction: 'same' },
      { area: 'd', after: 25, direction: 'new' },
      { area: 'e', before: 60, direction: 'gone' },
      { area: 'f', direction: 'none' },
    ]);
  });

  it("keeps after's order and puts areas only the earlier check-up had at the end", () => {
    const before = rows([
      ['old', 30],
      ['b', 10],
      ['a', 20],
    ]);
    const after = rows([
      ['a', 25],
      ['b', 5],
      ['fresh', 50],
    ]);
    expect(changeBetween(before, after).map((change) => change.area)).toEqual([
      'a',
      'b',
      'fresh',
      'old',
    ]);
    expect(changeBetween(before, after)[3]).toEqual({ area: 'old', before: 30, direction: 'gone' });
  });

  it('treats a first check-up as all new, and a score of 0 as a score', () => {
    expect(changeBetween([], rows([['a', 0]]))).toEqual([
      { area: 'a', after: 0, direction: 'new' },
    ]);
    expect(changeBetween(rows([['a', 0]]), rows([['a', 0]]))[0]?.direction).toBe('same');
  });

  it('treats a score that is not a finite number as no score', () => {
    expect(changeBetween(rows([['a', Number.NaN]]), rows([['a', 40]]))[0]?.direction).toBe('new');
  });

  it('keeps "__proto__" and friends as ordinary areas', () => {
    const result = changeBetween(rows([['__proto__', 10]]), rows([['constructor', 20]]));
    expect(result.map((change) => [change.area, change.direction])).toEqual([
      ['constructor', 'new'],
      ['__proto__', 'gone'],
    ]);
  });
});

describe('changeWords', () => {
  it('says each change in words', () => {
    expect(changeWords({ before: 50, after: 65, direction: 'up' })).toBe('up 15');
    expect(changeWords({ before: 70, after: 60, direction: 'down' })).toBe('down 10');
    expect(changeWords({ before: 40, after: 40, direction: 'same' })).toBe('no change');
    expect(changeWords({ after: 25, direction: 'new' })).toBe('new');
    expect(changeWords({ before: 60, direction: 'gone' })).toBe('no longer scored');
    expect(changeWords({ direction: 'none' })).toBe('not scored');
  });

  it('never says "up 0" for a difference smaller than one point', () => {
    expect(changeWords({ before: 50, after: 50.4, direction: 'up' })).toBe('up less than 1');
  });
});

const score = fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });
const area = fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__');
const checkup = fc.array(fc.record({ area, score }), { maxLength: 9 });

describe('changeBetween, for any two check-ups', () => {
  it('gives a direction that agrees with the sign of after minus before', () => {
    fc.assert(
      fc.property(checkup, checkup, (before, after) => {
        for (const change of changeBetween(before, after)) {
          const { before: was, after: now, direction } = change;
          if (was === undefined || now === undefined) {
            expect(direction).toBe(
              was === undefined ? (now === undefined ? 'none' : 'new') : 'gone',
            );
          } else {
            expect(direction).toBe({ 1: 'up', [-1]: 'down', 0: 'same' }[Math.sign(now - was)]);
          }
        }
      }),
    );
  });

  it('lists every area of either check-up exactly once, with its first score', () => {
    fc.assert(
      fc.property(checkup, checkup, (before, after) => {
        const changes = changeBetween(before, after);
        const areas = changes.map((change) => change.area);
        expect(new Set(areas).size).toBe(areas.length);
        expect(new Set(areas)).toEqual(new Set([...before, ...after].map((row) => row.area)));
        for (const change of changes) {
          expect(change.after).toBe(after.find((row) => row.area === change.area)?.score);
          expect(change.before).toBe(before.find((row) => row.area === change.area)?.score);
        }
      }),
    );
  });

  it('always has words for the change, with the amount when both are scored', () => {
    fc.assert(
      fc.property(score, score, (was, now) => {
        const direction = changeDirection(was, now);
        const words = changeWords({ before: was, after: now, direction });
        expect(words.trim()).not.toBe('');
        if (direction === 'up' || direction === 'down') {
          expect(words).toBe(`${direction} ${Math.abs((now ?? 0) - (was ?? 0))}`);
        }
      }),
    );
  });

  it('has words for any direction, even without the scores', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('up', 'down', 'same', 'new', 'gone', 'none' as const),
        score,
        score,
        (direction, was, now) => {
          expect(changeWords({ before: was, after: now, direction }).trim()).not.toBe('');
        },
      ),
    );
  });
});
