import type { TopicOutline } from '@/content/topic';
import type { ExperimentLog, Feeling } from '@/store/format/schema';

export type EnergyEntry = { id: string; title: string; feeling?: Feeling; why: string };

/** The experiments a reader tried in one area (a topic), and how many felt which way. */
export type EnergyGroup = {
  topic: string;
  energising: number;
  neutral: number;
  draining: number;
  /** Tried, but the reader has not said how it felt. */
  unrated: number;
  entries: EnergyEntry[];
};

/** Below this many experiments with a feeling, counts are anecdotes, not a pattern. */
export const MIN_RATED_FOR_PATTERN = 3;

/**
 * Every tried experiment, grouped by its topic in journey order (the order of `outlines`), each
 * group's experiments in the topic's own order. Areas with nothing tried are left out. An
 * experiment the content no longer lists is kept (it is the reader's evidence) under its id,
 * after the listed ones; a topic the content no longer lists comes last, by slug. The same logs
 * in any order give the same map.
 */
export function buildEnergyMap(
  logs: readonly ExperimentLog[],
  outlines: readonly Pick<TopicOutline, 'slug' | 'experiments'>[],
): EnergyGroup[] {
  const titles = new Map<string, string>();
  const position = new Map<string, number>();
  for (const outline of outlines) {
    outline.experiments.forEach((experiment, index) => {
      titles.set(experiment.id, experiment.title);
      position.set(experiment.id, index);
    });
  }
  const byTopic = new Map<string, ExperimentLog[]>();
  for (const log of logs) {
    if (!log.tried) continue;
    byTopic.set(log.topic, [...(byTopic.get(log.topic) ?? []), log]);
  }
  const journey = outlines.map((outline) => outline.slug as string);
  const known = new Set(journey);
  const others = [...byTopic.keys()].filter((slug) => !known.has(slug)).sort();
  const order = (log: ExperimentLog) => position.get(log.id) ?? Number.POSITIVE_INFINITY;

  return [...journey, ...others].flatMap((topic) => {
    const tried = byTopic.get(topic);
    if (!tried) return [];
    const entries = [...tried]
      .sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(
        (log): EnergyEntry => ({
          id: log.id,
          title: titles.get(log.id) ?? log.id,
          ...(log.feeling ? { feeling: log.feeling } : {}),
          why: log.why.trim(),
        }),
      );
    const count = (feeling: Feeling | undefined) =>
      entries.filter((entry) => entry.feeling === feeling).length;
    return [
      {
        topic,
        energising: count('energising'),
        neutral: count('neutral'),
        draining: count('draining'),
        unrated: count(undefined),
        entries,
      },
    ];
  });
}

/** "A", "A and B", "A, B and C". */
const listOf = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The areas with the most experiments that felt `feeling`, and that count (0: none did). */
const mostFelt = (groups: readonly EnergyGroup[], feeling: 'energising' | 'draining') => {
  const most = Math.max(0, ...groups.map((group) => group[feeling]));
  return { most, topics: most === 0 ? [] : groups.filter((g) => g[feeling] === most) };
};

/**
 * One sentence from the counts: which areas energised the reader most and which drained them
 * most, or that there are too few to tell. It reports; it never says what the reader should do
 * or be, because a handful of experiments cannot decide that.
 */
export function energySummary(
  groups: readonly EnergyGroup[],
  titleOf: (topic: string) => string,
): string {
  const sum = (pick: (group: EnergyGroup) => number) =>
    groups.reduce((total, group) => total + pick(group), 0);
  const tried = sum((g) => g.entries.length);
  const energising = sum((g) => g.energising);
  const neutral = sum((g) => g.neutral);
  const draining = sum((g) => g.draining);
  const unrated = sum((g) => g.unrated);
  const rated = energising + neutral + draining;

  if (tried === 0) return 'No experiments tried yet.';
  if (rated < MIN_RATED_FOR_PATTERN) {
    const counts = [
      energising && `${energising} energising`,
      neutral && `${neutral} neutral`,
      draining && `${draining} draining`,
      unrated && `${unrated} not rated yet`,
    ].filter(Boolean);
    return `Too few experiments to see a pattern yet: ${plural(tried, 'experiment', 'experiments')} tried so far (${counts.join(', ')}).`;
  }

  const areas = (topics: readonly EnergyGroup[], most: number, feeling: string, verb: string) =>
    topics.length > 3
      ? `${topics.length} areas tie for the most ${feeling} (${most} each)`
      : `${listOf(topics.map((g) => titleOf(g.topic)))} ${verb} you most (${most} ${feeling}${topics.length > 1 ? ' each' : ''})`;
  const up = mostFelt(groups, 'energising');
  const down = mostFelt(groups, 'draining');
  const lead = `Of the ${plural(rated, 'experiment', 'experiments')} you rated, `;
  const same =
    up.topics.length === down.topics.length && up.topics.every((g) => down.topics.includes(g));

  if (up.most > 0 && down.most > 0 && same && up.topics.length <= 3)
    return `${lead}${listOf(up.topics.map((g) => titleOf(g.topic)))} gave you both the most energising and the most draining (${up.most} energising, ${down.most} draining${up.topics.length > 1 ? ' each' : ''}): mixed so far.`;
  if (up.most > 0 && down.most > 0)
    return `${lead}${areas(up.topics, up.most, 'energising', 'energised')}, and ${areas(down.topics, down.most, 'draining', 'drained')}.`;
  if (up.most > 0)
    return `${lead}none felt draining; ${areas(up.topics, up.most, 'energising', 'energised')}.`;
  if (down.most > 0)
    return `${lead}none felt energising; ${areas(down.topics, down.most, 'draining', 'drained')}.`;
  return `${lead}all felt neutral, so no area stands out yet.`;
}
