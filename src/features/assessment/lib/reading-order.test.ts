import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS } from '@/content/areas';
import { profilePaths, type TopicStatus } from '@/content/profile-paths';
import { READER_PROFILE_IDS } from '@/content/profiles';
import { journeyOrder, type TopicSlug } from '@/content/stages';
import { readingOrder } from './reading-order';
import type { AreaScore } from './score';

const rows = (scores: Partial<Record<TopicSlug, number>>): AreaScore[] =>
  AREAS.map((area) => ({
    area,
    score: scores[area],
    answered: scores[area] === undefined ? 0 : 2,
  }));

const statuses =
  (known: Partial<Record<TopicSlug, TopicStatus>>) =>
  (slug: TopicSlug): TopicStatus | undefined =>
    known[slug];

describe('readingOrder', () => {
  it('puts the lowest score first and says so in one plain line', () => {
    expect(
      readingOrder(
        rows({
          'fear-people-challenges': 35,
          'resource-management': 80,
          'purpose-and-meaning': 50,
        }),
        undefined,
      ),
    ).toEqual([
      { slug: 'fear-people-challenges', reason: 'Lowest score in your check-up (35 of 100).' },
      { slug: 'purpose-and-meaning', reason: 'Scored 50 of 100 in your check-up.' },
      { slug: 'resource-management', reason: 'Scored 80 of 100 in your check-up.' },
    ]);
  });

  it('covers only the scored areas', () => {
    expect(readingOrder(rows({}), undefined)).toEqual([]);
    expect(readingOrder(rows({ 'strategy-and-execution': 0 }), 'new-lead')).toEqual([
      { slug: 'strategy-and-execution', reason: 'Lowest score in your check-up (0 of 100).' },
    ]);
  });

  it("breaks ties by the reader's path, or by journey order without a profile", () => {
    const tied = rows({ 'fear-people-challenges': 50, 'culture-and-team-composition': 50 });
    expect(readingOrder(tied, undefined).map((step) => step.slug)).toEqual([
      'fear-people-challenges',
      'culture-and-team-composition',
    ]);
    // A new lead's path reaches the practices before the fears.
    expect(readingOrder(tied, 'new-lead')).toEqual([
      {
        slug: 'culture-and-team-composition',
        reason: 'Joint lowest score in your check-up (50 of 100).',
      },
      {
        slug: 'fear-people-challenges',
        reason: 'Joint lowest score in your check-up (50 of 100).',
      },
    ]);
  });

  it('moves topics already done to the end, and says why', () => {
    const order = readingOrder(
      rows({
        'fear-balancing-roles': 25,
        'delivery-and-supportability': 40,
        'resource-management': 60,
      }),
      'experienced-lead',
      statuses({ 'fear-balancing-roles': 'done', 'resource-management': 'skipped' }),
    );
    expect(order).toEqual([
      {
        slug: 'delivery-and-supportability',
        reason: "Lowest score among the topics you haven't finished (40 of 100).",
      },
      { slug: 'resource-management', reason: 'Scored 60 of 100 in your check-up.' },
      {
        slug: 'fear-balancing-roles',
        reason: 'Already marked done, so it comes last (25 of 100).',
      },
    ]);
  });

  it('starts a reader weighing the move at the decision topic until they have finished it', () => {
    const scores = rows({ 'fear-losing-technical-edge': 30 });
    expect(readingOrder(scores, 'weighing-the-move')[0]).toEqual({
      slug: 'is-leadership-for-me',
      reason: "You're weighing the move, so start with the decision itself.",
    });
    expect(
      readingOrder(
        scores,
        'weighing-the-move',
        statuses({ 'is-leadership-for-me': 'in-progress' }),
      ).map((step) => step.slug),
    ).toEqual(['is-leadership-for-me', 'fear-losing-technical-edge']);
    expect(
      readingOrder(scores, 'weighing-the-move', statuses({ 'is-leadership-for-me': 'done' })).map(
        (step) => step.slug,
      ),
    ).toEqual(['fear-losing-technical-edge']);
    expect(readingOrder(scores, 'without-title').map((step) => step.slug)).toEqual([
      'fear-losing-technical-edge',
    ]);
  });

  it('always lists each scored area once: unfinished lowest first, then the done ones', () => {
    const score = fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });
    const status = fc.option(
      fc.constantFrom<TopicStatus>('not-started', 'in-progress', 'done', 'skipped'),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, status), { minLength: 9, maxLength: 9 }),
        fc.option(fc.constantFrom(...READER_PROFILE_IDS), { nil: undefined }),
        (perArea, profile) => {
          const scores = AREAS.map((area, index) => ({ area, score: perArea[index]?.[0] }));
          const known = Object.fromEntries(AREAS.map((area, index) => [area, perArea[index]?.[1]]));
          const order = readingOrder(scores, profile, statuses(known)).filter(
            (step) => step.slug !== 'is-leadership-for-me',
          );
          const scored = scores.filter((row) => row.score !== undefined);
          const path = profile ? profilePaths[profile] : journeyOrder;
          expect(order.map((step) => step.slug).sort()).toEqual(
            scored.map((row) => row.area).sort(),
          );
          const scoreOf = (slug: TopicSlug) => scored.find((row) => row.area === slug)?.score ?? -1;
          const done = order.map((step) => known[step.slug] === 'done');
          expect(done).toEqual([...done].sort((a, b) => Number(a) - Number(b)));
          for (let index = 1; index < order.length; index++) {
            const [before, after] = [order[index - 1], order[index]];
            if (!before || !after || done[index - 1] !== done[index]) continue;
            expect(scoreOf(before.slug)).toBeLessThanOrEqual(scoreOf(after.slug));
            if (scoreOf(before.slug) === scoreOf(after.slug))
              expect(path.indexOf(before.slug)).toBeLessThan(path.indexOf(after.slug));
          }
          for (const step of order) {
            expect(step.reason).toContain(`${scoreOf(step.slug)} of 100`);
            expect(step.reason).toMatch(/^[A-Z][^\n]+\.$/);
          }
        },
      ),
    );
  });
});
