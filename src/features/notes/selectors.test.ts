import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { withNoteDeleted, withNoteSaved } from '@/store/slices/notes-slice';
import { selectFreeNoteIds, selectNote, selectNoteBody } from './selectors';

describe('note selectors', () => {
  let state = initialPersisted();
  state = withNoteSaved(
    state,
    { id: 'a/p', topic: 'a', promptId: 'p', body: 'answer' },
    '2026-01-01T00:00:01.000Z',
  );
  state = withNoteSaved(
    state,
    { id: 'n2', topic: 'a', body: 'second' },
    '2026-01-01T00:00:03.000Z',
  );
  state = withNoteSaved(state, { id: 'n1', topic: 'a', body: 'first' }, '2026-01-01T00:00:02.000Z');
  state = withNoteSaved(
    state,
    { id: 'n3', topic: 'b', body: 'other topic' },
    '2026-01-01T00:00:04.000Z',
  );
  state = withNoteSaved(state, { id: 'n4', topic: 'a', body: 'gone' }, '2026-01-01T00:00:05.000Z');
  state = withNoteDeleted(state, 'n4', '2026-01-01T00:00:06.000Z');

  it("lists a topic's live free notes, oldest first", () => {
    expect(selectFreeNoteIds('a')(state)).toEqual(['n1', 'n2']);
  });

  it('reads a body, and nothing for a deleted or missing note', () => {
    expect(selectNoteBody('a/p')(state)).toBe('answer');
    expect(selectNoteBody('n4')(state)).toBe('');
    expect(selectNote('n4')(state)).toBeUndefined();
    expect(selectNoteBody('nope')(state)).toBe('');
  });
});
