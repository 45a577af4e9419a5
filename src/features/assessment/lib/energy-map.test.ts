import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExperimentLog, Feeling } from '@/store/format/schema';
import { buildEnergyMap, type EnergyGroup, energySummary } from './energy-map';

const outlines = [
  {
    slug: 'is-leadership-for-me',
    experiments: [{ id: 'decide-shadow', title: 'Shadow a lead for a day' }],
  },
  {
    slug: 'fear-people-challenges',
    experiments: [
      { id: 'people-feedback', title: 'Give one piece of feedback' },
      { id: 'people-one-to-one', title: 'Run a 1:1' },
    ],
  },
  {
    slug: 'strategy-and-execution',
    experiments: [
      { id: 'strategy-one-page', title: 'Write a one-page strategy' },
      { id: 'strategy-doors', title: 'Label the doors' },
      { id: 'strategy-not-doing', title: 'Publish a not-doing list' },
    ],
  },
] as const satisfies { slug: string; experiments: { id: string; title: string }[] }[];

const log = (
  topic: string,
  id: string,
  feeling?: Feeling,
  why = '',
  tried = true,
): ExperimentLog => ({
  id,
  topic,
  tried,
  ...(feeling ? { feeling } : {}),
  why,
  updatedAt: '2026-11-20T10:00:00.000Z',
});

const titles: Record<string, string> = {
  'is-leadership-for-me': 'Is technical leadership for me?',
  'fear-people-challenges': 'Fear: the people side',
  'strategy-and-execution': 'Strategy and execution',
  'culture-and-team-composition': 'Culture and team composition',
  'resource-management': 'Resource management',
};
const titleOf = (slug: string) => titles[slug] ?? slug;

describe('buildEnergyMap', () => {
  it('groups tried experiments by topic in journey order, each in the topic order, with counts', () => {
    const groups = buildEnergyMap(
      [
        log('strategy-and-execution', 'strategy-not-doing', 'draining', 'Felt like homework.'),
        log('fear-people-challenges', 'people-one-to-one', 'energising', '  They opened up.  '),
        log('strategy-and-execution', 'strategy-one-page', 'energising', 'Clarity!'),
        log('fear-people-challenges', 'people-feedback'),
        log('strategy-and-execution', 'strategy-doors', 'neutral', 'Fine.'),
      ],
      outlines,
    );
    expect(groups).toEqual([
      {
        topic: 'fear-people-challenges',
        energising: 1,
        neutral: 0,
        draining: 0,
        unrated: 1,
        entries: [
          { id: 'people-feedback', title: 'Give one piece of feedback', why: '' },
          {
            id: 'people-one-to-one',
            title: 'Run a 1:1',
            feeling: 'energising',
            why: 'They opened up.',
          },
        ],
      },
      {
        topic: 'strategy-and-execution',
        energising: 1,
        neutral: 1,
        draining: 1,
        unrated: 0,
        entries: [
          {
            id: 'strategy-one-page',
            title: 'Write a one-page strategy',
            feeling: 'energising',
            why: 'Clarity!',
          },
          { id: 'strategy-doors', title: 'Label the doors', feeling: 'neutral', why: 'Fine.' },
          {
            id: 'strategy-not-doing',
            title: 'Publish a not-doing list',
            feeling: 'draining',
            why: 'Felt like homework.',
          },
        ],
      },
    ]);
  });

  it('leaves out experiments not (or no longer) tried, and areas with none tried', () => {
    const groups = buildEnergyMap(
      [
        log('is-leadership-for-me', 'decide-shadow', 'energising', 'Untried again', false),
        log('strategy-and-execution', 'strategy-doors', 'draining'),
      ],
      outlines,
    );
    expect(groups.map((group) => group.topic)).toEqual(['strategy-and-execution']);
    expect(buildEnergyMap([], outlines)).toEqual([]);
  });

  it('keeps experiments and topics the content no longer lists, after the listed ones', () => {
    const groups = buildEnergyMap(
      [
        log('strategy-and-execution', 'strategy-retired', 'neutral'),
        log('renamed-topic', 'old-experiment', 'draining'),
        log('strategy-and-execution', 'strategy-doors', 'energising'),
        log('another-old-topic', 'older', 'energising'),
      ],
      outlines,
    );
    expect(groups.map((group) => group.topic)).toEqual([
      'strategy-and-execution',
      'another-old-topic',
      'renamed-topic',
    ]);
    expect(groups[0]?.entries.map((entry) => entry.title)).toEqual([
      'Label the doors',
      'strategy-retired',
    ]);
  });

  it('gives the same map whatever order the logs come in', () => {
    const ids = outlines.flatMap((o) => o.experiments.map((e) => ({ topic: o.slug, id: e.id })));
    const logs = fc.uniqueArray(
      fc.record({
        at: fc.constantFrom(...ids),
        feeling: fc.constantFrom<Feeling | undefined>(
          'energising',
          'neutral',
          'draining',
          undefined,
        ),
        tried: fc.boolean(),
      }),
      { selector: (entry) => entry.at.id },
    );
    fc.assert(
      fc.property(
        logs.chain((entries) =>
          fc.tuple(
            fc.constant(entries.map((e) => log(e.at.topic, e.at.id, e.feeling, '', e.tried))),
            fc.shuffledSubarray(
              entries.map((_, i) => i),
              {
                minLength: entries.length,
                maxLength: entries.length,
              },
            ),
          ),
        ),
        ([entries, order]) => {
          const shuffled = order.map((i) => entries[i] as ExperimentLog);
          const map = buildEnergyMap(entries, outlines);
          expect(buildEnergyMap(shuffled, outlines)).toEqual(map);
          const total = (group: EnergyGroup) =>
            group.energising + group.neutral + group.draining + group.unrated;
          for (const group of map) expect(total(group)).toBe(group.entries.length);
          expect(map.reduce((n, group) => n + group.entries.length, 0)).toBe(
            entries.filter((e) => e.tried).length,
          );
        },
      ),
    );
  });
});

/** A group with the given counts and made-up entries, for the summary. */
const group = (
  topic: string,
  energising: number,
  neutral: number,
  draining: number,
  unrated = 0,
): EnergyGroup => {
  const feelings: (Feeling | undefined)[] = [
    ...Array<Feeling>(energising).fill('energising'),
    ...Array<Feeling>(neutral).fill('neutral'),
    ...Array<Feeling>(draining).fill('draining'),
    ...Array<undefined>(unrated).fill(undefined),
  ];
  return {
    topic,
    energising,
    neutral,
    draining,
    unrated,
    entries: feelings.map((feeling, i) => ({
      id: `${topic}-${i}`,
      title: `Experiment ${i}`,
      ...(feeling ? { feeling } : {}),
      why: '',
    })),
  };
};

describe('energySummary', () => {
  it('says when nothing has been tried', () => {
    expect(energySummary([], titleOf)).toBe('No experiments tried yet.');
  });

  it('says there are too few to see a pattern, with the counts, below three rated', () => {
    expect(energySummary([group('strategy-and-execution', 1, 0, 0)], titleOf)).toBe(
      'Too few experiments to see a pattern yet: 1 experiment tried so far (1 energising).',
    );
    expect(
      energySummary(
        [group('fear-people-challenges', 0, 0, 1, 2), group('strategy-and-execution', 1, 0, 0)],
        titleOf,
      ),
    ).toBe(
      'Too few experiments to see a pattern yet: 4 experiments tried so far (1 energising, 1 draining, 2 not rated yet).',
    );
  });

  it('names the areas that energised and drained most, with their counts', () => {
    expect(
      energySummary(
        [
          group('fear-people-challenges', 0, 1, 2),
          group('strategy-and-execution', 3, 0, 1),
          group('resource-management', 1, 0, 0),
        ],
        titleOf,
      ),
    ).toBe(
      'Of the 8 experiments you rated, Strategy and execution energised you most (3 energising), and Fear: the people side drained you most (2 draining).',
    );
  });

  it('lists ties, and counts a large tie instead of naming every area', () => {
    expect(
      energySummary(
        [
          group('fear-people-challenges', 2, 0, 0),
          group('strategy-and-execution', 2, 0, 0),
          group('resource-management', 0, 1, 0),
        ],
        titleOf,
      ),
    ).toBe(
      'Of the 5 experiments you rated, none felt draining; Fear: the people side and Strategy and execution energised you most (2 energising each).',
    );
    expect(
      energySummary(
        [
          group('is-leadership-for-me', 0, 0, 1),
          group('fear-people-challenges', 0, 0, 1),
          group('strategy-and-execution', 0, 0, 1),
          group('resource-management', 0, 0, 1),
        ],
        titleOf,
      ),
    ).toBe(
      'Of the 4 experiments you rated, none felt energising; 4 areas tie for the most draining (1 each).',
    );
  });

  it('says so when the same area both energised and drained most', () => {
    expect(energySummary([group('culture-and-team-composition', 2, 0, 2)], titleOf)).toBe(
      'Of the 4 experiments you rated, Culture and team composition gave you both the most energising and the most draining (2 energising, 2 draining): mixed so far.',
    );
  });

  it('says nothing stands out when everything felt neutral', () => {
    expect(energySummary([group('strategy-and-execution', 0, 3, 0, 1)], titleOf)).toBe(
      'Of the 3 experiments you rated, all felt neutral, so no area stands out yet.',
    );
  });

  it('never gives a verdict, whatever the counts', () => {
    const counts = fc.nat({ max: 4 });
    const groups = fc.array(
      fc
        .tuple(fc.constantFrom(...Object.keys(titles)), counts, counts, counts, counts)
        .map(([topic, e, n, d, u]) => group(topic, e, n, d, u)),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(groups, (gs) => {
        // Titles may hold their own punctuation ("Is technical leadership for me?").
        const sentence = Object.values(titles).reduce(
          (text, title) => text.replaceAll(title, 'Area'),
          energySummary(gs, titleOf),
        );
        expect(sentence).toMatch(/\.$/);
        expect(sentence.slice(0, -1)).not.toMatch(/[.!?]\s/);
        expect(sentence).not.toMatch(/\b(should|shouldn't|must|ready|not for you|suited)\b/i);
      }),
    );
  });
});
