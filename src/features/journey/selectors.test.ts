import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { withProfile } from '@/store/slices/preferences-slice';
import { withStatus } from '@/store/slices/progress-slice';
import { selectStartHere } from './selectors';

const NOW = '2026-11-25T12:00:00.000Z';

describe('selectStartHere', () => {
  it('suggests nothing until the reader says where they are', () => {
    expect(selectStartHere(initialPersisted())).toBeUndefined();
  });

  it('moves along the chosen path past topics done or skipped', () => {
    let state = withProfile(initialPersisted(), 'weighing-the-move', NOW);
    expect(selectStartHere(state)).toBe('is-leadership-for-me');
    state = withStatus(state, 'is-leadership-for-me', 'done', NOW);
    state = withStatus(state, 'fear-losing-technical-edge', 'skipped', NOW);
    expect(selectStartHere(state)).toBe('fear-people-challenges');
    expect(selectStartHere(withProfile(state, 'new-lead', NOW))).toBe(
      'culture-and-team-composition',
    );
  });
});
