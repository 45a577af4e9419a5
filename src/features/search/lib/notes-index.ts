import MiniSearch, { type Options } from 'minisearch';

/** MiniSearch's own thresholds for vacuuming after documents are discarded. */
const MIN_DIRT_COUNT = 20;
const MIN_DIRT_FACTOR = 0.1;

/**
 * MiniSearch for the reader's notes, with `batch(work)`: additions made inside it look each term
 * up in the index's radix tree once per batch instead of once per word. MiniSearch walks the
 * tree for every word it adds; indexing 2,000 notes repeats a vocabulary of a few thousand
 * terms hundreds of thousands of times, and the walk was about a third of the time.
 *
 * The cache is only safe while no term leaves the tree, and only vacuuming removes terms. So
 * this index never vacuums on its own (MiniSearch would start a vacuum inside `discard`, in the
 * middle of a batch): it vacuums after a batch, under MiniSearch's default conditions.
 * notes-index.test.ts checks that a batch builds exactly the index plain MiniSearch builds.
 */
export class NotesIndex<T> extends MiniSearch<T> {
  constructor(options: Options<T>) {
    super({ ...options, autoVacuum: false });
  }

  batch(work: () => void): void {
    const tree = this._index;
    const fetch = tree.fetch;
    const cache = new Map<string, ReturnType<typeof fetch>>();
    tree.fetch = (key, initial) => {
      let value = cache.get(key);
      if (value === undefined) {
        value = fetch.call(tree, key, initial);
        cache.set(key, value);
      }
      return value;
    };
    try {
      work();
    } finally {
      tree.fetch = fetch;
    }
    if (this.dirtCount >= MIN_DIRT_COUNT && this.dirtFactor >= MIN_DIRT_FACTOR) void this.vacuum();
  }
}
