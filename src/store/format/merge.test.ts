import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withEverythingReset } from '@/features/data/lib/reset';
import { withBackupMerged, withBackupReplaced } from '@/features/data/lib/restore';
import { futureTime, NOW, persistedState } from '@/testing/arbitraries';
import { PROTOTYPE_NAMES } from '@/testing/prototype-names';
import { withNoteSaved } from '../slices/notes-slice';
import { decodeSaved } from './decode';
import { mergeStates } from './merge';
import { encodeSaved, initialPersisted, type PersistedState } from './persisted-state';
import { mapFrom } from './record-map';

const kinds = ['progress', 'bookmarks', 'notes', 'experiments'] as const;

/** Content only: key order and prototypes aside. */
const plain = (state: PersistedState) => JSON.parse(JSON.stringify(state, sortedKeys));
function sortedKeys(_key: string, value: unknown) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every live text of the reader's in a state: answers, notes, conflicting copies. */
const texts = (state: PersistedState) =>
  Object.values(state.notes)
    .filter((note) => !note.deletedAt && note.body.trim() !== '')
    .map((note) => note.body);

/** A text is kept if some live note holds it whole. */
const keeps = (state: PersistedState, text: string) =>
  texts(state).some((body) => body.includes(text));

const later = (after: string, ms: number) => new Date(Date.parse(after) + ms).toISOString();

describe('merge without a base (two copies of unknown history)', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(persistedState, persistedState, persistedState, (a, b, c) => {
        expect(plain(mergeStates(a, b))).toEqual(plain(mergeStates(b, a)));
        expect(plain(mergeStates(mergeStates(a, b), c))).toEqual(
          plain(mergeStates(a, mergeStates(b, c))),
        );
        expect(plain(mergeStates(a, a))).toEqual(plain(a));
        const ab = mergeStates(a, b);
        expect(plain(mergeStates(ab, b))).toEqual(plain(ab));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every record of both sides, the newer version of each', () => {
    fc.assert(
      fc.property(persistedState, persistedState, (ours, theirs) => {
        const merged = mergeStates(ours, theirs);
        for (const kind of kinds) {
          const ids = new Set([...Object.keys(ours[kind]), ...Object.keys(theirs[kind])]);
          expect(new Set(Object.keys(merged[kind]))).toEqual(ids);
          for (const id of ids) {
            const a = ours[kind][id];
            const b = theirs[kind][id];
            const newest = !a ? b : !b ? a : b.updatedAt > a.updatedAt ? b : a;
            expect(merged[kind][id]?.updatedAt).toBe(newest?.updatedAt);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Edits made on one side after the base: new texts on some notes (answers or free notes). */
const edits = fc.array(
  fc.record({
    id: fc.oneof(fc.constantFrom('t/p1', 't/p2', 'free-1', ...PROTOTYPE_NAMES), fc.uuid()),
    body: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    delay: fc.integer({ min: 1, max: 100_000 }),
  }),
  { maxLength: 6 },
);

const applyEdits = (
  base: PersistedState,
  from: string,
  list: { id: string; body: string; delay: number }[],
) =>
  // One tab's clock only moves forward: its edits are applied in the order of their times.
  [...list]
    .sort((a, b) => a.delay - b.delay)
    .reduce(
      (state, edit) =>
        withNoteSaved(
          state,
          {
            id: edit.id,
            topic: 't',
            ...(edit.id.startsWith('t/') ? { promptId: edit.id.slice(2) } : {}),
            body: edit.body,
          },
          later(from, edit.delay),
        ),
      base,
    );

describe('merge with a base (memory and storage, a journal and the saved data)', () => {
  it('loses no text written on either side after the base, in any order of merges', () => {
    fc.assert(
      fc.property(persistedState, edits, edits, (base, mine, theirs) => {
        const ours = applyEdits(base, NOW, mine);
        const other = applyEdits(base, NOW, theirs);
        // The last text each side wrote to each note is what the reader sees there.
        const written = [...lastTexts(mine), ...lastTexts(theirs)];
        for (const merged of [mergeStates(ours, other, base), mergeStates(other, ours, base)]) {
          for (const text of written) expect(keeps(merged, text)).toBe(true);
          // Merging the result again changes nothing.
          expect(plain(mergeStates(merged, other, other))).toEqual(plain(merged));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a note changed on one side only takes that side, with no copy', () => {
    const base = withNoteSaved(initialPersisted(), { id: 'n', topic: 't', body: 'first' }, NOW);
    const edited = withNoteSaved(base, { id: 'n', topic: 't', body: 'second' }, later(NOW, 5));
    expect(mergeStates(base, edited, base).notes).toEqual(edited.notes);
    expect(mergeStates(edited, base, base).notes).toEqual(edited.notes);
  });

  it('two tabs typing into one answer keep both texts: the newer, and the other as a copy', () => {
    const base = initialPersisted();
    const tabA = withNoteSaved(base, { id: 't/p', topic: 't', promptId: 'p', body: 'alpha' }, NOW);
    const tabB = withNoteSaved(
      base,
      { id: 't/p', topic: 't', promptId: 'p', body: 'beta' },
      later(NOW, 1),
    );
    const merged = mergeStates(tabA, tabB, base);
    expect(merged.notes['t/p']?.body).toBe('beta');
    const copies = Object.values(merged.notes).filter((n) => n.conflictOf === 't/p');
    expect(copies.map((n) => n.body)).toEqual(['alpha']);
    // The other tab reaches the same state, so the copy is made once.
    expect(plain(mergeStates(tabB, tabA, base))).toEqual(plain(merged));
  });

  it('makes no copy when the winning text already holds the other (the reader kept typing)', () => {
    const base = initialPersisted();
    const short = withNoteSaved(base, { id: 'n', topic: 't', body: 'I lead' }, NOW);
    const long = withNoteSaved(base, { id: 'n', topic: 't', body: 'I lead by ex' }, later(NOW, 1));
    expect(Object.keys(mergeStates(short, long, base).notes)).toEqual(['n']);
  });
});

describe('restore after a reset, with other tabs and clocks', () => {
  it('brings every text of the backup back, and other tabs cannot undo it', () => {
    fc.assert(
      fc.property(persistedState, fc.string({ minLength: 1, maxLength: 30 }), (saved, typed) => {
        const reset = withEverythingReset(saved, later(NOW, 10));
        // Another open tab saw the reset, then the reader typed a new note there.
        const otherTab = withNoteSaved(
          reset,
          { id: 'other-tab', topic: 't', body: typed },
          later(NOW, 15),
        );
        for (const restore of [withBackupMerged, withBackupReplaced]) {
          const restored = restore(reset, saved, later(NOW, 20));
          // Each tab merges the other's copy against the reset both of them saw.
          for (const synced of [
            mergeStates(otherTab, restored, reset),
            mergeStates(restored, otherTab, reset),
          ]) {
            for (const text of texts(saved)) expect(keeps(synced, text)).toBe(true);
            if (typed.trim()) expect(keeps(synced, typed)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('Merge never deletes: a backup of deletions leaves this browser’s notes alone', () => {
    fc.assert(
      fc.property(persistedState, (current) => {
        const deletions = withEverythingReset(current, later(NOW, 10));
        const merged = withBackupMerged(current, deletions, later(NOW, 20));
        for (const text of texts(current)) expect(keeps(merged, text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('Merge keeps both texts where the backup and this browser differ', () => {
    const mine = withNoteSaved(initialPersisted(), { id: 'n', topic: 't', body: 'mine' }, NOW);
    const file = withNoteSaved(
      initialPersisted(),
      { id: 'n', topic: 't', body: 'file' },
      later(NOW, 1),
    );
    const merged = withBackupMerged(mine, file, later(NOW, 2));
    expect(texts(merged).sort()).toEqual(['file', 'mine']);
  });
});

describe('prototype names as record keys', () => {
  it.each(PROTOTYPE_NAMES)('a note keyed "%s" merges like any other', (name) => {
    const a = initialPersisted();
    const b = withNoteSaved(initialPersisted(), { id: name, topic: 't', body: 'kept' }, NOW);
    for (const merged of [mergeStates(a, b), mergeStates(b, a), mergeStates(a, b, a)]) {
      expect(Object.keys(merged.notes)).toEqual([name]);
      expect(merged.notes[name]?.body).toBe('kept');
      expect(Object.values(merged.notes).every((n) => typeof n === 'object')).toBe(true);
    }
    const replaced = withBackupReplaced(a, b, later(NOW, 1));
    expect(replaced.notes[name]?.body).toBe('kept');
    expect(withBackupMerged(a, b, later(NOW, 1)).notes[name]?.body).toBe('kept');
  });
});

/** The last text each note got in a list of edits. */
function lastTexts(list: { id: string; body: string; delay: number }[]) {
  const last = new Map<string, { body: string; delay: number }>();
  // withNoteSaved stamps each edit at NOW + delay; the latest stamp is what the note shows.
  for (const edit of list) {
    const seen = last.get(edit.id);
    if (!seen || edit.delay >= seen.delay) last.set(edit.id, edit);
  }
  return [...last.values()].map((edit) => edit.body);
}

describe('experiment logs and the last place read', () => {
  const log = (why: string, feeling?: 'energising' | 'draining', at = NOW) => ({
    id: 'x',
    topic: 't',
    tried: true,
    why,
    ...(feeling ? { feeling } : {}),
    updatedAt: at,
  });
  const withLog = (entry: ReturnType<typeof log>) => ({
    ...initialPersisted(),
    experiments: mapFrom([['x', entry]]),
  });

  it('one tab rewrites "why" while another picks a feeling: both stay', () => {
    const base = withLog(log('first why'));
    const tabA = withLog(log('a better why', undefined, later(NOW, 1)));
    const tabB = withLog(log('first why', 'draining', later(NOW, 2)));
    for (const merged of [mergeStates(tabA, tabB, base), mergeStates(tabB, tabA, base)])
      expect(merged.experiments.x).toMatchObject({ why: 'a better why', feeling: 'draining' });
  });

  it('both tabs rewrite "why": the newer stays and the other is kept as a note', () => {
    const base = withLog(log('first why'));
    const tabA = withLog(log('why from tab A', undefined, later(NOW, 1)));
    const tabB = withLog(log('why from tab B', undefined, later(NOW, 2)));
    const merged = mergeStates(tabA, tabB, base);
    expect(merged.experiments.x?.why).toBe('why from tab B');
    expect(texts(merged)).toEqual(['why from tab A']);
  });

  it('a reset that cleared the last place read is not undone by another tab', () => {
    const place = { topic: 't', updatedAt: NOW };
    const base = { ...initialPersisted(), lastPosition: place };
    const reset = { ...base, lastPosition: null };
    expect(mergeStates(reset, base, base).lastPosition).toBeNull();
    expect(mergeStates(base, reset, base).lastPosition).toBeNull();
  });
});

describe('clocks that disagree', () => {
  it('an edit stamped behind the stored version is kept, not dropped', () => {
    // This tab's own text, stamped ahead by a clock that was later set back.
    const ahead = withNoteSaved(
      initialPersisted(),
      { id: 'n', topic: 't', body: 'old' },
      later(NOW, 60_000),
    );
    // Another tab edits it with the right time, which is earlier.
    const edited = withNoteSaved(ahead, { id: 'n', topic: 't', body: 'new edit' }, NOW);
    const merged = mergeStates(ahead, edited, ahead);
    expect(texts(merged).sort()).toEqual(['new edit', 'old']);
  });
});

describe('clock skew (property)', () => {
  it('an edit made after reading data stamped by a fast clock is never lost', () => {
    fc.assert(
      fc.property(
        persistedState,
        futureTime,
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
        (state, future, edit) => {
          // Another device (or a crafted file) stamped everything in the future.
          const skewed = encodeSaved(state).replaceAll(/"\d{4}-\d\d-\d\dT[^"]*Z"/g, `"${future}"`);
          const read = decodeSaved(skewed, NOW).state;
          // This tab edits a note, then merges storage (still skewed) read again a moment later.
          let edited = withNoteSaved(read, { id: 'mine', topic: 't', body: edit }, later(NOW, 5));
          // It also rewrites a note that came with the fast clock's stamps.
          const theirs = Object.values(read.notes).find((note) => !note.deletedAt);
          const rewrite = `${edit} (rewritten)`;
          if (theirs) edited = withNoteSaved(edited, { ...theirs, body: rewrite }, later(NOW, 6));
          const again = decodeSaved(skewed, later(NOW, 10)).state;
          for (const merged of [
            mergeStates(edited, again, read),
            mergeStates(again, edited, read),
          ]) {
            expect(keeps(merged, edit)).toBe(true);
            if (theirs) expect(keeps(merged, rewrite)).toBe(true);
          }
          // And every text that was there survives too.
          for (const text of texts(read))
            expect(keeps(mergeStates(edited, again, read), text)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('check-up era records in two tabs', () => {
  const brief = (ask: string, feedback: string, at: string) => ({
    id: 'brief-2026-11-25',
    ask,
    feedback,
    nextCheckIn: '',
    createdAt: NOW,
    updatedAt: at,
  });
  const withBrief = (entry: ReturnType<typeof brief>) => ({
    ...initialPersisted(),
    briefs: mapFrom([[entry.id, entry]]),
  });

  it('one tab writes the ask, another the feedback: both stay', () => {
    const base = withBrief(brief('', '', NOW));
    const tabA = withBrief(brief('A project to lead', '', later(NOW, 1)));
    const tabB = withBrief(brief('', 'In writing', later(NOW, 2)));
    for (const merged of [mergeStates(tabA, tabB, base), mergeStates(tabB, tabA, base)])
      expect(merged.briefs['brief-2026-11-25']).toMatchObject({
        ask: 'A project to lead',
        feedback: 'In writing',
      });
  });

  it('both tabs rewrite the ask: the newer text, then the other below it', () => {
    const base = withBrief(brief('', '', NOW));
    const tabA = withBrief(brief('Ask from tab A', '', later(NOW, 1)));
    const tabB = withBrief(brief('Ask from tab B', '', later(NOW, 2)));
    const merged = mergeStates(tabA, tabB, base);
    expect(merged.briefs['brief-2026-11-25']?.ask).toBe('Ask from tab B\n\nAsk from tab A');
    // The other tab, merging the result back, adds nothing twice.
    const back = mergeStates(tabA, merged, base);
    expect(back.briefs['brief-2026-11-25']?.ask).toBe('Ask from tab B\n\nAsk from tab A');
  });

  it('restore Merge keeps both asks of the same day', () => {
    const here = withBrief(brief('Ask written here', '', later(NOW, 5)));
    const backup = withBrief(brief('Ask from the backup', '', NOW));
    const merged = withBackupMerged(here, backup, later(NOW, 9));
    expect(merged.briefs['brief-2026-11-25']?.ask).toBe('Ask written here\n\nAsk from the backup');
  });

  it('a profile chosen in one tab survives a text size chosen in another', () => {
    const base = initialPersisted();
    const tabA = {
      ...base,
      preferences: { ...base.preferences, profile: 'new-lead' as const, updatedAt: later(NOW, 1) },
    };
    const tabB = {
      ...base,
      preferences: { ...base.preferences, textSize: 'large' as const, updatedAt: later(NOW, 2) },
    };
    for (const merged of [mergeStates(tabA, tabB, base), mergeStates(tabB, tabA, base)])
      expect(merged.preferences).toMatchObject({ profile: 'new-lead', textSize: 'large' });
  });
});
