import { describe, expect, it } from 'vitest';
import { whereLabel } from './where-label';

const topicTitle = 'Strategy and execution';

describe('whereLabel', () => {
  it('names the section a section result opens', () => {
    expect(whereLabel({ kind: 'section', topicTitle, title: 'The kernel' })).toBe(
      'Strategy and execution › The kernel',
    );
  });

  it('names the topic alone for a topic result', () => {
    expect(whereLabel({ kind: 'topic', topicTitle, title: topicTitle })).toBe(topicTitle);
  });

  it('names the part of the page for the other kinds, not the result’s own title', () => {
    expect(whereLabel({ kind: 'answer', topicTitle, title: 'What is your next bet?' })).toBe(
      'Strategy and execution › Reflections › Your answer',
    );
    expect(whereLabel({ kind: 'note', topicTitle, title: 'Your note' })).toBe(
      'Strategy and execution › Your notes',
    );
    expect(whereLabel({ kind: 'example', topicTitle, title: 'An offsite' })).toBe(
      'Strategy and execution › Real-world examples',
    );
  });
});
