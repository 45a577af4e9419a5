import { describe, expect, it } from 'vitest';
import { getTopicSummary, journeyPosition, listStages, listTopics, loadTopic } from './catalog';
import { journeyOrder } from './stages';

describe('catalog', () => {
  it('lists the twelve topics in journey order', () => {
    expect(listTopics().map((topic) => topic.slug)).toEqual(journeyOrder);
  });

  it('groups the topics into the four stages in order', () => {
    const stages = listStages();
    expect(stages.map((stage) => [stage.number, stage.title, stage.topics.length])).toEqual([
      [1, 'Decide', 1],
      [2, 'Face the fears', 3],
      [3, 'Core practices', 6],
      [4, 'Lead beyond the title', 2],
    ]);
  });

  it('gives every topic a computed reading time', () => {
    for (const summary of listTopics()) {
      expect(summary.readingMinutes).toBeGreaterThan(0);
    }
  });

  it('places a topic in its stage with its neighbours', () => {
    expect(journeyPosition('fear-people-challenges')).toMatchObject({
      stageNumber: 2,
      stageTitle: 'Face the fears',
      topicNumber: 3,
      topicCount: 12,
      previous: { slug: 'fear-losing-technical-edge' },
      next: { slug: 'fear-balancing-roles' },
    });
    expect(journeyPosition('is-leadership-for-me')?.previous).toBeUndefined();
    expect(journeyPosition('debug-your-leadership')?.next).toBeUndefined();
    expect(journeyPosition('nope')).toBeUndefined();
  });

  it('loads a whole topic by slug, and nothing for an unknown slug', async () => {
    const topic = await loadTopic('strategy-and-execution');
    expect(topic?.title).toBe(getTopicSummary('strategy-and-execution')?.title);
    expect(topic?.sections.length).toBeGreaterThanOrEqual(4);
    for (const related of topic?.related ?? []) expect(getTopicSummary(related)).toBeDefined();
    await expect(loadTopic('nope')).resolves.toBeUndefined();
  });
});
