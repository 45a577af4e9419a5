import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { mapFrom } from '@/store/format/record-map';
import { withNoteDeleted, withNoteSaved } from '@/store/slices/notes-slice';
import { selectConflictCopies, selectFreeNoteIds, selectNote, selectNoteBody } from './selectors';

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

describe('conflicting copies in the topic’s notes', () => {
  const at = '2026-01-01T00:00:01.000Z';
  const copy = (id: string, of: string) => ({
    id,
    topic: 'a',
    body: `copy of ${of}`,
    conflictOf: of,
    createdAt: at,
    updatedAt: at,
  });
  const state = () => {
    const base = withNoteSaved(initialPersisted(), { id: 'free', topic: 'a', body: 'note' }, at);
    return {
      ...base,
      notes: mapFrom([
        ...Object.entries(base.notes),
        ['c1', copy('c1', 'free')],
        ['c2', copy('c2', 'a/p')],
      ]),
    };
  };

  it('show under their note while it is there, not as notes of their own', () => {
    expect(selectFreeNoteIds('a')(state())).toEqual(['free']);
    expect(selectConflictCopies('free')(state()).map((n) => n.id)).toEqual(['c1']);
  });

  it('of a free note deleted since, are listed as notes of their own', () => {
    const deleted = withNoteDeleted(state(), 'free', '2026-01-02T00:00:00.000Z');
    expect(selectFreeNoteIds('a')(deleted)).toEqual(['c1']);
  });
});
