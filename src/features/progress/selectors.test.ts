import { describe, expect, it } from 'vitest';
import { selectDoneCount, selectStatus } from './selectors';

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
});
