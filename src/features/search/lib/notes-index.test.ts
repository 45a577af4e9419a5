import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { NotesIndex } from './notes-index';
import { searchIndexOptions } from './search-options';
import type { SearchDoc } from './types';

const doc = (id: string, text: string, title = 'Your note'): SearchDoc => ({
  id,
  kind: 'note',
  topic: 'strategy-and-execution',
  topicTitle: 'Strategy and execution',
  title,
  text,
  href: '/topics/strategy-and-execution#your-notes',
});
const options = { ...searchIndexOptions, autoVacuum: false } as const;
const serialized = (index: MiniSearch<SearchDoc>) => JSON.stringify(index);

const vocabulary = ['strategy', 'kernel', 'team', 'habit', 'plan', 'ship', 'strat', 'the'];
const text = fc
  .array(fc.constantFrom(...vocabulary), { maxLength: 30 })
  .map((items) => items.join(' '));
/** A run of adds, replaces and discards over a few ids. */
const steps = fc.array(
  fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.option(text, { nil: undefined })),
  { maxLength: 25 },
);

describe('NotesIndex', () => {
  it('builds, in a batch, exactly the index plain MiniSearch builds', () => {
    fc.assert(
      fc.property(steps, (changes) => {
        const plain = new MiniSearch<SearchDoc>(options);
        const batched = new NotesIndex<SearchDoc>(options);
        const run = (index: MiniSearch<SearchDoc>) => {
          const live = new Set<string>();
          for (const [id, body] of changes) {
            if (body === undefined) {
              if (live.delete(id)) index.discard(id);
            } else if (live.has(id)) {
              index.replace(doc(id, body));
            } else {
              index.add(doc(id, body));
              live.add(id);
            }
          }
        };
        batched.batch(() => run(batched));
        run(plain);
        expect(serialized(batched)).toBe(serialized(plain));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps terms found after a batch, and forgets its cache between batches', () => {
    const index = new NotesIndex<SearchDoc>(searchIndexOptions);
    index.batch(() => index.add(doc('a', 'kernel')));
    index.batch(() => index.add(doc('b', 'kernel habit')));
    expect(index.search('kernel').map((r) => r.id)).toEqual(['a', 'b']);
    expect(index.search('habit').map((r) => r.id)).toEqual(['b']);
  });

  it('vacuums discarded notes after a batch, and the index still works after', async () => {
    const index = new NotesIndex<SearchDoc>(searchIndexOptions);
    const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
    index.batch(() => {
      for (const id of ids) index.add(doc(id, `kernel ${id}`));
    });
    index.batch(() => {
      for (const id of ids.slice(0, 30)) index.discard(id);
    });
    // MiniSearch vacuums its first 1,000 terms at once, the rest in the background.
    await expect.poll(() => index.dirtCount).toBe(0);
    index.batch(() => index.add(doc('n0', 'kernel again')));
    expect(index.search('kernel').length).toBe(11);
    expect(index.search('again').map((r) => r.id)).toEqual(['n0']);
  });
});
