import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createSearchEngine, loadSearch } from './search-engine';
import { searchIndexOptions } from './search-options';
import type { SearchDoc, SearchResults } from './types';

const topic = 'strategy-and-execution';
const topicTitle = 'Strategy and execution';
const course = (
  id: string,
  kind: SearchDoc['kind'],
  title: string,
  text: string,
  href = `/topics/${topic}#${id}`,
): SearchDoc => ({ id: `${kind}:${id}`, kind, topic, topicTitle: 'Execution', title, text, href });

const COURSE: SearchDoc[] = [
  course('diagnosis', 'section', 'A diagnosis, not a wish', 'Goals are not a plan for the team.'),
  course('habits', 'section', 'Habits of delivery', 'A team strategy needs weekly habits to ship.'),
  course('overview', 'topic', topicTitle, 'Choices and habits.', `/topics/${topic}`),
  course('rumelt', 'example', 'Good and bad plans', 'Rumelt on fluff.', `/topics/${topic}#ex`),
  course('prompt', 'reflection', 'What is your team’s plan?', ''),
  course('try', 'experiment', 'Write a one-page plan', 'Share it with your lead.'),
];
const courseJson = (docs: SearchDoc[] = COURSE) => {
  const index = new MiniSearch<SearchDoc>(searchIndexOptions);
  index.addAll(docs);
  return JSON.stringify(index);
};

const note = (id: string, text: string, kind: SearchDoc['kind'] = 'note'): SearchDoc => ({
  id: `${kind}:${id}`,
  kind,
  topic,
  topicTitle,
  title: 'Your note',
  text,
  href: `/topics/${topic}#your-notes`,
  focus: `note-${id}`,
});

const ids = (results: SearchResults) =>
  results.groups.flatMap((group) => group.hits.map((hit) => hit.id));
const groupIds = (results: SearchResults, group: string) =>
  results.groups.find((g) => g.group === group)?.hits.map((hit) => hit.id) ?? [];

describe('createSearchEngine: the course', () => {
  const engine = createSearchEngine(courseJson());

  it('ranks a title match above a match in body text', () => {
    const hits = groupIds(engine.search('strategy'), 'topics');
    expect(hits[0]).toBe('topic:overview');
    expect(hits).toContain('section:habits');
  });

  it('finds a word being typed (prefix) and a word with a typo (fuzzy)', () => {
    expect(ids(engine.search('strat'))).toContain('section:habits');
    expect(ids(engine.search('stategy'))).toContain('section:habits');
    expect(ids(engine.search('diagn'))).toEqual(['section:diagnosis']);
  });

  it('groups results by kind, in order, with their labels', () => {
    const results = engine.search('plan');
    expect(results.groups.map(({ group, label }) => [group, label])).toEqual([
      ['topics', 'Topics and sections'],
      ['examples', 'Examples'],
      ['practice', 'Reflections and experiments'],
    ]);
    expect(groupIds(results, 'practice')).toEqual(
      expect.arrayContaining(['reflection:prompt', 'experiment:try']),
    );
  });

  it('returns what a result shows: where it leads, a marked snippet and title', () => {
    const [hit] = engine.search('weekly').groups[0]?.hits ?? [];
    expect(hit).toMatchObject({
      kind: 'section',
      topic,
      topicTitle: 'Execution',
      title: 'Habits of delivery',
      href: `/topics/${topic}#habits`,
    });
    expect(hit?.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['weekly']);
    expect(hit?.titleSegments).toEqual([{ text: 'Habits of delivery', mark: false }]);
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit && 'focus' in hit).toBe(false);
  });

  it('needs every word (AND), falling back to any word (OR) when nothing has them all', () => {
    expect(ids(engine.search('team habits'))).toEqual(['section:habits']);
    const fallback = ids(engine.search('habits zeppelin'));
    expect(fallback).toEqual(expect.arrayContaining(['section:habits', 'topic:overview']));
  });

  it('searches the topic title too, so a topic word plus a section word finds the section', () => {
    expect(ids(engine.search('execution goals'))).toEqual(['section:diagnosis']);
  });

  it('leaves stop words out of the query', () => {
    expect(ids(engine.search('what is the team plan'))).toEqual(ids(engine.search('team plan')));
    expect(ids(engine.search('team plan'))).toEqual(['section:diagnosis', 'reflection:prompt']);
  });

  it('matches a single letter as the start of a title only', () => {
    expect(ids(engine.search('H'))).toEqual(['section:habits']);
  });

  it('matches a word of stop words alone as a word still being typed', () => {
    const withNotes = createSearchEngine(courseJson());
    withNotes.setNotes([note('a', 'Their theory of change'), note('b', 'The end')]);
    expect(ids(withNotes.search('the'))).toEqual(['note:a']);
  });

  it('returns nothing for an empty query, and never throws on hostile ones', () => {
    expect(engine.search('   ')).toEqual({ query: '   ', total: 0, groups: [] });
    for (const query of ['(', '.*', '[a-', '\\', '<script>', '$&', '😀', 'e\u0301', '\u200d', '']) {
      const results = engine.search(query);
      expect(results.query).toBe(query);
      expect(results.total).toBe(ids(results).length);
    }
  });
});

describe('createSearchEngine: the reader’s notes', () => {
  it('adds notes, and finds them under "Your notes" after the course groups', () => {
    const engine = createSearchEngine(courseJson());
    engine.setNotes([note('a', 'My team has no strategy yet')]);
    const results = engine.search('strategy');
    expect(results.groups.map((group) => group.group)).toEqual(['topics', 'notes']);
    expect(results.groups.at(-1)).toMatchObject({
      label: 'Your notes',
      hits: [{ id: 'note:a', focus: 'note-a', href: `/topics/${topic}#your-notes` }],
    });
  });

  it('replaces a changed note: its old words no longer match', () => {
    const engine = createSearchEngine(courseJson());
    engine.setNotes([note('a', 'zebra crossing'), note('b', 'zebra stripes')]);
    engine.setNotes([note('a', 'giraffe neck'), note('b', 'zebra stripes')]);
    expect(ids(engine.search('zebra'))).toEqual(['note:b']);
    expect(ids(engine.search('giraffe'))).toEqual(['note:a']);
    expect(ids(engine.search('crossing'))).toEqual([]);
  });

  it('removes notes that are gone, and can add them back', () => {
    const engine = createSearchEngine(courseJson());
    engine.setNotes([note('a', 'zebra'), note('b', 'zebra')]);
    engine.setNotes([note('b', 'zebra')]);
    expect(ids(engine.search('zebra'))).toEqual(['note:b']);
    engine.setNotes([]);
    expect(engine.search('zebra').total).toBe(0);
    engine.setNotes([note('a', 'zebra')]);
    expect(ids(engine.search('zebra'))).toEqual(['note:a']);
  });

  it('takes the same notes again without re-adding them', () => {
    const engine = createSearchEngine(courseJson());
    const docs = [note('a', 'zebra'), note('b', 'okapi')];
    engine.setNotes(docs);
    expect(() => engine.setNotes(docs.map((doc) => ({ ...doc })))).not.toThrow();
    expect(ids(engine.search('okapi'))).toEqual(['note:b']);
  });

  it('re-indexes a note whose place changed even if its text did not', () => {
    const engine = createSearchEngine(courseJson());
    engine.setNotes([note('a', 'zebra')]);
    engine.setNotes([{ ...note('a', 'zebra'), focus: 'note-moved' }]);
    expect(engine.search('zebra').groups[0]?.hits[0]?.focus).toBe('note-moved');
  });

  it('shows a label title ("Your note") without searching it', () => {
    const engine = createSearchEngine(courseJson());
    engine.setNotes([note('a', 'zebra'), note('b', 'okapi')]);
    expect(engine.search('note').total).toBe(0);
    expect(engine.search('zebra').groups[0]?.hits[0]).toMatchObject({
      title: 'Your note',
      titleSegments: [{ text: 'Your note', mark: false }],
    });
  });

  it('limits each group (8 unless asked) while the total counts every hit', () => {
    const engine = createSearchEngine(courseJson());
    engine.setNotes(Array.from({ length: 12 }, (_, i) => note(`n${i}`, `okapi number ${i}`)));
    const results = engine.search('okapi');
    expect(results.total).toBe(12);
    expect(results.groups[0]?.hits).toHaveLength(8);
    expect(engine.search('okapi', { limitPerGroup: 3 }).groups[0]?.hits).toHaveLength(3);
    const both = engine.search('plan');
    expect(both.total).toBe(ids(both).length);
  });
});

describe('loadSearch', () => {
  it('loads the course index the build serves, once', async () => {
    const first = loadSearch();
    expect(loadSearch()).toBe(first);
    const engine = await first;
    const [hit] = engine.search('kernel').groups[0]?.hits ?? [];
    expect(hit?.href).toMatch(/^\/topics\/strategy-and-execution#/);
  });
});
