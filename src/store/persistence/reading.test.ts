import { describe, expect, it } from 'vitest';
import { encodeJournal, initialPersisted } from '../format/persisted-state';
import { withNoteSaved } from '../slices/notes-slice';
import { foldJournals } from './reading';

const NOW = '2026-11-25T12:00:00.000Z';

describe('folding other tabs’ journals', () => {
  it('reads every valid journal in, and marks it for removal once saved', () => {
    const changes = withNoteSaved(
      initialPersisted(),
      { id: 'n', topic: 't', body: 'last words' },
      NOW,
    );
    const journals = new Map([['j', encodeJournal({ state: changes, base: initialPersisted() })]]);
    const folded = foldJournals(null, journals, NOW);
    expect(folded.state?.notes.n?.body).toBe('last words');
    expect([...folded.read.keys()]).toEqual(['j']);
  });

  it('keeps a journal holding a record that fails its check, so that record is not lost', () => {
    const changes = withNoteSaved(initialPersisted(), { id: 'n', topic: 't', body: 'kept' }, NOW);
    const raw = encodeJournal({ state: changes, base: initialPersisted() }).replace(
      '"bookmarks":{}',
      '"bookmarks":{"b":{"id":"b"}}',
    );
    const folded = foldJournals(null, new Map([['j', raw]]), NOW);
    expect(folded.state?.notes.n?.body).toBe('kept');
    expect(folded.read.size).toBe(0);
  });

  it('leaves an unreadable journal alone', () => {
    const folded = foldJournals(null, new Map([['j', '{"state": tru']]), NOW);
    expect(folded.state).toBeNull();
    expect(folded.read.size).toBe(0);
  });
});
