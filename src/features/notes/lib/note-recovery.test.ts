import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { answerId, withNoteDeleted, withNoteSaved } from '@/store/slices/notes-slice';
import { withConflictCopyAdopted, withNoteRestored } from './note-recovery';

const t = (n: number) => `2026-11-25T10:00:${String(n).padStart(2, '0')}.000Z`;
const empty = initialPersisted();

describe('undo', () => {
  const id = answerId('a', 'p');
  it('deletes to a tombstone without the text, and undo restores the note as it was', () => {
    const saved = withNoteSaved(empty, { id, topic: 'a', promptId: 'p', body: 'secret' }, t(1));
    const note = saved.notes[id];
    const deleted = withNoteDeleted(saved, id, t(2));
    expect(deleted.notes[id]).toMatchObject({ body: '', deletedAt: t(2), updatedAt: t(2) });
    if (!note) throw new Error('note missing');
    const restored = withNoteRestored(deleted, note, 'fresh', t(3));
    expect(restored.notes[id]).toEqual({ ...note, updatedAt: t(3) });
  });

  it('undo never overwrites text written under the same id since the delete', () => {
    const saved = withNoteSaved(empty, { id, topic: 'a', promptId: 'p', body: 'old answer' }, t(1));
    const note = saved.notes[id];
    if (!note) throw new Error('note missing');
    const rewritten = withNoteSaved(
      withNoteDeleted(saved, id, t(2)),
      { id, topic: 'a', promptId: 'p', body: 'new answer' },
      t(3),
    );
    const restored = withNoteRestored(rewritten, note, 'fresh', t(4));
    expect(restored.notes[id]?.body).toBe('new answer');
    expect(restored.notes.fresh).toEqual({
      id: 'fresh',
      topic: 'a',
      body: 'old answer',
      createdAt: t(1),
      updatedAt: t(4),
    });
  });
});

describe('conflicting copies', () => {
  const withCopy = (): ReturnType<typeof initialPersisted> => {
    const answered = withNoteSaved(
      empty,
      { id: 'a/p', topic: 'a', promptId: 'p', body: 'newer' },
      t(2),
    );
    return {
      ...answered,
      notes: {
        ...answered.notes,
        copy: {
          id: 'copy',
          topic: 'a',
          body: 'other',
          conflictOf: 'a/p',
          createdAt: t(1),
          updatedAt: t(1),
        },
      },
    };
  };

  it('using a copy swaps the texts, so neither is lost', () => {
    const adopted = withConflictCopyAdopted(withCopy(), 'copy', t(5));
    expect(adopted.notes['a/p']).toMatchObject({ body: 'other', promptId: 'p', updatedAt: t(5) });
    expect(adopted.notes.copy).toMatchObject({ body: 'newer', conflictOf: 'a/p' });
  });

  it('using a copy of a deleted note brings it back under its own id', () => {
    const deleted = withNoteDeleted(withCopy(), 'a/p', t(3));
    const adopted = withConflictCopyAdopted(deleted, 'copy', t(5));
    expect(adopted.notes['a/p']).toMatchObject({ body: 'other', promptId: 'p' });
    expect(adopted.notes['a/p']?.deletedAt).toBeUndefined();
    expect(adopted.notes.copy?.deletedAt).toBe(t(5));
  });
});
