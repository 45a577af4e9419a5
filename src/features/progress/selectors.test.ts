import { describe, expect, it } from 'vitest';
import { selectAnsweredCount, selectDoneCount, selectStatus, selectTriedCount } from './selectors';

const state = {
  progress: {
    a: { status: 'done' as const },
    b: { status: 'in-progress' as const },
    c: { status: 'done' as const },
    gone: { status: 'done' as const },
  },
};

describe('progress selectors', () => {
  it('reads a status, defaulting to not started', () => {
    expect(selectStatus('b')(state)).toBe('in-progress');
    expect(selectStatus('z')(state)).toBe('not-started');
  });

  it('counts done topics among the ones asked about only', () => {
    expect(selectDoneCount(['a', 'b', 'c'])(state)).toBe(2);
    expect(selectDoneCount(['b'])(state)).toBe(0);
  });

  it('counts answers with words in them, not blank or deleted ones', () => {
    const notes = {
      'a/1': { body: 'Yes.' },
      'a/2': { body: '   ' },
      'a/3': { body: 'Gone', deletedAt: '2026-01-01T00:00:00.000Z' },
      'b/1': { body: 'Other topic' },
    };
    expect(selectAnsweredCount(['a/1', 'a/2', 'a/3', 'a/4'])({ notes })).toBe(1);
  });

  it('counts experiments ticked as tried', () => {
    const experiments = { x: { tried: true }, y: { tried: false }, z: { tried: true } };
    expect(selectTriedCount(['x', 'y', 'w'])({ experiments })).toBe(1);
  });
});
