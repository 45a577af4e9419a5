import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS, type Area } from '@/content/areas';
import { PROTOTYPE_NAMES } from '@/testing/prototype-names';
import {
  type AreaScore,
  levelOf,
  needsAttention,
  type ScoredAnswer,
  type ScoredItem,
  type StatementLevel,
  scoreAreas,
  statementIndexOf,
} from './score';

const level = fc.constantFrom<StatementLevel>(0, 1, 2, 3, 4);

/** Any number of items, in any areas, some of them listed strongest first. */
const items: fc.Arbitrary<ScoredItem[]> = fc
  .array(fc.record({ topic: fc.constantFrom(...AREAS), reverse: fc.boolean() }), {
    maxLength: 30,
  })
  .map((drafts) =>
    drafts.map(({ topic, reverse }, index) => ({
      id: `item-${index}`,
      topic,
      ...(reverse ? { reverse: true as const } : {}),
    })),
  );

/** What a reader did with one item: left it, said "Not applicable", or picked a statement. */
type Choice = 'unanswered' | 'not-applicable' | number;
const choice: fc.Arbitrary<Choice> = fc.oneof(
  fc.constant('unanswered' as const),
  fc.constant('not-applicable' as const),
  fc.integer({ min: 0, max: 4 }),
);

/** A check-up and what one reader chose for each of its items. */
const takenCheckup = items.chain((list) =>
  fc.tuple(fc.constant(list), fc.array(choice, { minLength: list.length, maxLength: list.length })),
);

const answersFor = (
  list: readonly ScoredItem[],
  choices: readonly Choice[],
): Record<string, ScoredAnswer> =>
  Object.fromEntries(
    list.flatMap((item, index): [string, ScoredAnswer][] => {
      const picked = choices[index];
      if (picked === undefined || picked === 'unanswered') return [];
      if (picked === 'not-applicable') return [[item.id, { level: null }]];
      return [[item.id, { level: levelOf(item, picked), evidence: 'a line' }]];
    }),
  );

const scoreOf = (rows: readonly AreaScore[], area: Area) =>
  rows.find((row) => row.area === area)?.score;

describe('levelOf', () => {
  it('reads statements weakest first, or strongest first when the item is reversed', () => {
    expect([0, 1, 2, 3, 4].map((index) => levelOf({}, index))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((index) => levelOf({ reverse: true }, index))).toEqual([
      4, 3, 2, 1, 0,
    ]);
  });

  it('refuses a statement an item does not have', () => {
    for (const index of [-1, 5, 1.5, Number.NaN]) {
      expect(() => levelOf({}, index)).toThrow(RangeError);
      expect(() => levelOf({ reverse: true }, index)).toThrow(RangeError);
    }
  });

  it('finds the statement again from a saved level', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 4 }), (reverse, index) => {
        const item = reverse ? { reverse: true as const } : {};
        expect(statementIndexOf(item, levelOf(item, index))).toBe(index);
      }),
    );
  });
});

describe('scoreAreas', () => {
  it('gives every area no score, not 0, before anything is answered', () => {
    const rows = scoreAreas([{ id: 'a', topic: 'resource-management' }], {});
    expect(rows.map((row) => row.area)).toEqual(AREAS);
    expect(rows.every((row) => row.score === undefined && row.answered === 0)).toBe(true);
  });

  it('scores the mean level of an area on 0..100', () => {
    const list: ScoredItem[] = [
      { id: 'a', topic: 'fear-people-challenges' },
      { id: 'b', topic: 'fear-people-challenges', reverse: true },
      { id: 'c', topic: 'purpose-and-meaning' },
    ];
    const rows = scoreAreas(list, { a: { level: 1 }, b: { level: 4 }, c: { level: 0 } });
    expect(rows.find((row) => row.area === 'fear-people-challenges')).toEqual({
      area: 'fear-people-challenges',
      score: 63, // (1 + 4) / 2 = 2.5 of 4, 62.5 rounded
      answered: 2,
    });
    expect(scoreOf(rows, 'purpose-and-meaning')).toBe(0);
  });

  it('always gives nine rows in area order, each an integer 0..100 or no score at all', () => {
    fc.assert(
      fc.property(takenCheckup, ([list, choices]) => {
        const rows = scoreAreas(list, answersFor(list, choices));
        expect(rows.map((row) => row.area)).toEqual(AREAS);
        for (const row of rows) {
          const picked = list.filter(
            (item, index) => item.topic === row.area && typeof choices[index] === 'number',
          );
          expect(row.answered).toBe(picked.length);
          if (row.answered === 0) {
            expect(row.score).toBeUndefined();
          } else {
            expect(Number.isInteger(row.score)).toBe(true);
            expect(row.score).toBeGreaterThanOrEqual(0);
            expect(row.score).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('scores an area whose answers all sit at one level as that level of four', () => {
    fc.assert(
      fc.property(items, level, (list, same) => {
        const answers = Object.fromEntries(list.map((item) => [item.id, { level: same }]));
        for (const row of scoreAreas(list, answers)) {
          expect(row.score).toBe(row.answered > 0 ? same * 25 : undefined);
        }
      }),
    );
  });

  it('scores the same statement the same, whichever order the item lists its statements', () => {
    fc.assert(
      fc.property(takenCheckup, ([list, choices]) => {
        // The same items with their statement lists turned round: the reader picks the same
        // statement, which now sits at the mirrored position.
        const turned = list.map(({ reverse, ...item }) =>
          reverse ? item : { ...item, reverse: true as const },
        );
        const mirrored = choices.map((picked) =>
          typeof picked === 'number' ? 4 - picked : picked,
        );
        expect(scoreAreas(turned, answersFor(turned, mirrored))).toEqual(
          scoreAreas(list, answersFor(list, choices)),
        );
      }),
    );
  });

  it('mirrors an area round 50 when every item is turned round and the same positions picked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AREAS),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        (area, reverse, picked) => {
          const item: ScoredItem = reverse
            ? { id: 'x', topic: area, reverse: true }
            : { id: 'x', topic: area };
          const turned: ScoredItem = reverse
            ? { id: 'x', topic: area }
            : { id: 'x', topic: area, reverse: true };
          const before = scoreOf(scoreAreas([item], { x: { level: levelOf(item, picked) } }), area);
          const after = scoreOf(
            scoreAreas([turned], { x: { level: levelOf(turned, picked) } }),
            area,
          );
          expect((before ?? Number.NaN) + (after ?? Number.NaN)).toBe(100);
        },
      ),
    );
  });

  it('leaves "Not applicable" out: it scores exactly as if the item were never answered', () => {
    fc.assert(
      fc.property(takenCheckup, ([list, choices]) => {
        const skipped = choices.map((picked) =>
          picked === 'not-applicable' ? 'unanswered' : picked,
        );
        expect(scoreAreas(list, answersFor(list, choices))).toEqual(
          scoreAreas(list, answersFor(list, skipped)),
        );
      }),
    );
  });

  it('gives an area answered only with "Not applicable" no score', () => {
    const rows = scoreAreas([{ id: 'a', topic: 'strategy-and-execution' }], { a: { level: null } });
    expect(rows.find((row) => row.area === 'strategy-and-execution')).toEqual({
      area: 'strategy-and-execution',
      score: undefined,
      answered: 0,
    });
  });

  it('does not depend on the order of the items or of the answers', () => {
    fc.assert(
      fc.property(
        takenCheckup.chain(([list, choices]) =>
          fc.tuple(
            fc.constant(list),
            fc.constant(choices),
            fc.shuffledSubarray([...list.keys()], { minLength: list.length }),
            fc.shuffledSubarray([...list.keys()], { minLength: list.length }),
          ),
        ),
        ([list, choices, itemOrder, answerOrder]) => {
          const answers = answersFor(list, choices);
          const shuffledItems = itemOrder.map((index) => list[index] as ScoredItem);
          const shuffledAnswers = Object.fromEntries(
            answerOrder.flatMap((index) => {
              const id = list[index]?.id ?? '';
              return Object.hasOwn(answers, id) ? [[id, answers[id]]] : [];
            }),
          );
          expect(scoreAreas(shuffledItems, shuffledAnswers)).toEqual(scoreAreas(list, answers));
        },
      ),
    );
  });

  it('ignores answers to items the check-up no longer has, and levels outside 0..4', () => {
    const unknownId = fc.oneof(
      fc.stringMatching(/^old-[a-z]{1,8}$/),
      fc.constantFrom(...PROTOTYPE_NAMES, 'constructor', '__proto__'),
    );
    fc.assert(
      fc.property(takenCheckup, fc.array(fc.tuple(unknownId, level)), ([list, choices], extra) => {
        const answers = answersFor(list, choices);
        const withExtra = {
          ...answers,
          ...Object.fromEntries(extra.map(([id, value]) => [id, { level: value }])),
        };
        expect(scoreAreas(list, withExtra)).toEqual(scoreAreas(list, answers));
      }),
    );
    const list: ScoredItem[] = [{ id: 'a', topic: 'purpose-and-meaning' }];
    for (const bad of [5, -1, 2.5, '3', undefined]) {
      const answers = { a: { level: bad } } as unknown as Record<string, ScoredAnswer>;
      expect(scoreOf(scoreAreas(list, answers), 'purpose-and-meaning')).toBeUndefined();
    }
  });

  it('scores items whose ids are Object.prototype names from their own answers only', () => {
    const list: ScoredItem[] = ['constructor', ...PROTOTYPE_NAMES].map((id) => ({
      id,
      topic: 'resource-management',
    }));
    expect(scoreOf(scoreAreas(list, {}), 'resource-management')).toBeUndefined();
    const answers = new Map<string, ScoredAnswer>([['toString', { level: 4 }]]);
    expect(scoreAreas(list, Object.fromEntries(answers))).toContainEqual({
      area: 'resource-management',
      score: 100,
      answered: 1,
    });
  });
});

describe('needsAttention', () => {
  const rows = (scores: (number | undefined)[]): AreaScore[] =>
    AREAS.map((area, index) => {
      const score = scores[index];
      return { area, score, answered: score === undefined ? 0 : 2 };
    });

  it('lists the three lowest scored areas, lowest first, ties in area order', () => {
    const picked = needsAttention(rows([50, 20, 75, 20, undefined, 10, 50, 90, 100]));
    expect(picked.map((row) => [row.area, row.score])).toEqual([
      ['product-development-and-innovation', 10],
      ['fear-people-challenges', 20],
      ['culture-and-team-composition', 20],
    ]);
  });

  it('lists two when only two areas are scored, and never an unscored one', () => {
    const picked = needsAttention(rows([undefined, 90, undefined, 0, undefined]));
    expect(picked.map((row) => row.area)).toEqual([
      'culture-and-team-composition',
      'fear-people-challenges',
    ]);
    expect(needsAttention(rows([]))).toEqual([]);
  });

  it('keeps area order among equal scores even when the rows come in another order', () => {
    const reversed = rows([40, 40, 40, 40]).reverse();
    expect(needsAttention(reversed).map((row) => row.area)).toEqual(AREAS.slice(0, 3));
  });

  it('always picks the lowest scored areas and only those', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), {
          minLength: 9,
          maxLength: 9,
        }),
        (scores) => {
          const all = rows(scores);
          const picked = needsAttention(all);
          const scored = all.filter((row) => row.score !== undefined);
          expect(picked).toHaveLength(Math.min(3, scored.length));
          const highestPicked = Math.max(...picked.map((row) => row.score ?? 0));
          for (const row of scored) {
            if (!picked.includes(row)) expect(row.score).toBeGreaterThanOrEqual(highestPicked);
          }
          const pickedScores = picked.map((row) => row.score ?? Number.NaN);
          expect(pickedScores).toEqual([...pickedScores].sort((a, b) => a - b));
        },
      ),
    );
  });
});
