import { profilePaths, type TopicStatus } from '@/content/profile-paths';
import type { ReaderProfile } from '@/content/profiles';
import { journeyOrder, type TopicSlug } from '@/content/stages';
import type { AreaScore } from './score';

export type ReadingStep = { slug: TopicSlug; reason: string };

const DECISION_TOPIC: TopicSlug = 'is-leadership-for-me';

/**
 * A suggested order for reading the scored areas: lowest score first, ties in the order of the
 * reader's path (journey order without a profile), topics already done at the end. A reader
 * weighing the move starts with the decision topic unless they have finished it. Each step
 * carries one plain line saying why it sits there: a fact from the check-up, never a verdict.
 */
export const readingOrder = (
  scores: readonly Pick<AreaScore, 'area' | 'score'>[],
  profile: ReaderProfile | undefined,
  statusOf: (slug: TopicSlug) => TopicStatus | undefined = () => undefined,
): ReadingStep[] => {
  const path = profile ? profilePaths[profile] : journeyOrder;
  const scored = scores
    .flatMap(({ area, score }) => (score === undefined ? [] : [{ slug: area, score }]))
    .sort((a, b) => a.score - b.score || path.indexOf(a.slug) - path.indexOf(b.slug));
  const isDone = (slug: TopicSlug) => statusOf(slug) === 'done';
  const lowest = scored[0]?.score;
  const sharingLowest = scored.filter(({ score }) => score === lowest).length;
  const toRead = scored.filter(({ slug }) => !isDone(slug));

  const steps: ReadingStep[] = toRead.map(({ slug, score }, index) => {
    const outOf100 = `${score} of 100`;
    if (score === lowest) {
      const which = sharingLowest > 1 ? 'Joint lowest' : 'Lowest';
      return { slug, reason: `${which} score in your check-up (${outOf100}).` };
    }
    if (index === 0)
      return { slug, reason: `Lowest score among the topics you haven't finished (${outOf100}).` };
    return { slug, reason: `Scored ${outOf100} in your check-up.` };
  });
  for (const { slug, score } of scored.filter(({ slug }) => isDone(slug))) {
    steps.push({ slug, reason: `Already marked done, so it comes last (${score} of 100).` });
  }
  if (profile === 'weighing-the-move' && !isDone(DECISION_TOPIC)) {
    steps.unshift({
      slug: DECISION_TOPIC,
      reason: "You're weighing the move, so start with the decision itself.",
    });
  }
  return steps;
};
