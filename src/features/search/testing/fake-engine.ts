import { groupOf, searchGroups } from '../lib/groups';
import { highlight } from '../lib/highlight';
import type { SearchDoc, SearchHit, SearchResults } from '../lib/types';

/**
 * A stand-in for lib/search-engine in component tests: every query word must appear in a doc's
 * title or text (case-insensitive substring), and results come grouped as the real engine's do.
 */
export function createFakeEngine(course: SearchDoc[] = []) {
  let notes: SearchDoc[] = [];
  const calls: string[] = [];
  return {
    calls,
    setNotes(docs: SearchDoc[]) {
      notes = docs;
    },
    search(query: string, { limitPerGroup = Infinity }: { limitPerGroup?: number } = {}) {
      calls.push(query);
      const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      const hits: SearchHit[] = terms.length
        ? [...course, ...notes]
            .filter((doc) => {
              const haystack = `${doc.title}\n${doc.text}`.toLowerCase();
              return terms.every((term) => haystack.includes(term));
            })
            .map((doc) => ({
              ...doc,
              score: 1,
              titleSegments: highlight(doc.title, terms),
              snippet: highlight(doc.text, terms),
            }))
        : [];
      const results: SearchResults = {
        query,
        total: hits.length,
        groups: searchGroups
          .map(({ group, label }) => ({
            group,
            label,
            hits: hits.filter((hit) => groupOf[hit.kind] === group).slice(0, limitPerGroup),
          }))
          .filter((group) => group.hits.length > 0),
      };
      return results;
    },
  };
}

export type FakeEngine = ReturnType<typeof createFakeEngine>;

/** A few course docs across every group, and helpers for the reader's notes. */
export const sampleCourse: SearchDoc[] = [
  {
    id: 'strategy-and-execution',
    kind: 'topic',
    topic: 'strategy-and-execution',
    topicTitle: 'Strategy and execution',
    title: 'Strategy and execution',
    text: 'Turning a direction into work a team can carry out.',
    href: '/topics/strategy-and-execution',
  },
  {
    id: 'strategy-and-execution#kernel',
    kind: 'section',
    topic: 'strategy-and-execution',
    topicTitle: 'Strategy and execution',
    title: 'The kernel',
    text: 'A good strategy has a diagnosis, a guiding policy and coherent actions.',
    href: '/topics/strategy-and-execution#kernel',
  },
  {
    id: 'culture#example-1',
    kind: 'example',
    topic: 'culture-and-team-composition',
    topicTitle: 'Culture and team composition',
    title: 'A strategy offsite that went nowhere',
    text: 'The team wrote a strategy and never looked at it again.',
    href: '/topics/culture-and-team-composition#example-1',
  },
  {
    id: 'strategy-and-execution#reflection-next-bet',
    kind: 'reflection',
    topic: 'strategy-and-execution',
    topicTitle: 'Strategy and execution',
    title: 'What is your team’s next bet?',
    text: 'Write down the strategy you would bet on.',
    href: '/topics/strategy-and-execution#reflection-next-bet',
  },
];

export const answerDoc = (topic: string, promptId: string, text: string): SearchDoc => ({
  id: `answer:${topic}:${promptId}`,
  kind: 'answer',
  topic,
  topicTitle: 'Strategy and execution',
  title: 'What is your team’s next bet?',
  text,
  href: `/topics/${topic}#reflection-${promptId}`,
  focus: `answer-${promptId}`,
});
