import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changesSince } from '@/store/format/changes';
import { mergeStates } from '@/store/format/merge';
import {
  encodeJournal,
  encodeSaved,
  initialPersisted,
  type PersistedState,
} from '@/store/format/persisted-state';
import { STORE_VERSION } from '@/store/format/version';
import { withNoteSaved } from '@/store/slices/notes-slice';
import * as decoder from './reading';
import { createSavedStorage, JOURNAL_PREFIX, UNREADABLE_PREFIX } from './saved-storage';

/** A Storage whose writes can be made to fail, as a full or disabled localStorage does. */
class FakeStorage implements Storage {
  items = new Map<string, string>();
  failWrites = false;
  setCalls = 0;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.setCalls++;
    if (this.failWrites)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const KEY = 'app';
const NOW = '2026-11-25T12:00:00.000Z';
const t = (n: number) => `2026-11-25T10:00:${String(n).padStart(2, '0')}.000Z`;
const withNote = (state: PersistedState, id: string, body: string, at: string) =>
  withNoteSaved(state, { id, topic: 'a', body }, at);
const savedNotes = () => decoder.decodeSaved(fake.getItem(KEY) ?? '', NOW).state.notes;
const bodies = (state: PersistedState) =>
  Object.values(state.notes)
    .map((note) => note.body)
    .sort();

let fake: FakeStorage;

/**
 * The storage wired to a stand-in for the zustand store: `memory` plays the store's state, and
 * `rehydrate` does what persist's rehydrate does (getItem, then merge).
 */
const make = (
  options: { getStorage?: () => Storage; loadDecoder?: () => Promise<typeof decoder> } = {},
) => {
  const persistence = createSavedStorage({
    key: KEY,
    version: STORE_VERSION,
    getStorage: options.getStorage ?? (() => fake),
    loadDecoder: options.loadDecoder ?? (async () => decoder),
    now: () => NOW,
    tabId: 'this-tab',
    batchMs: 400,
    retryMs: 1000,
  });
  let memory = initialPersisted();
  const type = (state: PersistedState) => {
    memory = state;
    persistence.storage.setItem(KEY, { state, version: STORE_VERSION });
  };
  const rehydrate = async () => {
    const read = await persistence.storage.getItem(KEY);
    memory = persistence.mergeRead(read?.state, memory);
  };
  persistence.connect({ rehydrate, update: (change) => type(change(memory)) });
  return { ...persistence, type, rehydrate, memory: () => memory };
};

beforeEach(() => {
  vi.useFakeTimers();
  fake = new FakeStorage();
});
afterEach(() => vi.useRealTimers());

describe('saved storage', () => {
  it('collects a burst of changes into one write', async () => {
    const { type, status } = make();
    let state = initialPersisted();
    for (let i = 0; i < 50; i++) {
      state = withNote(state, 'n', 'x'.repeat(i + 1), t(i % 60));
      type(state);
    }
    expect(fake.setCalls).toBe(0);
    expect(status.getState().save).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(fake.setCalls).toBe(1);
    expect(savedNotes().n?.body).toBe('x'.repeat(50));
    expect(status.getState()).toMatchObject({ save: 'saved', writes: 1 });
  });

  it('writes at once when the page is hidden or closed, and leaves no journal once saved', () => {
    const { type, listen } = make();
    const unlisten = listen(window);
    type(withNote(initialPersisted(), 'n', 'typed just now', t(1)));
    window.dispatchEvent(new Event('pagehide'));
    expect(savedNotes().n?.body).toBe('typed just now');
    type(withNote(initialPersisted(), 'n', 'and again', t(2)));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(savedNotes().n?.body).toBe('and again');
    expect([...fake.items.keys()]).toEqual([KEY]);
    unlisten();
  });

  it('keeps unsaved changes in its own journal when the saved data cannot be written', () => {
    const { type, flushUrgently } = make();
    type(withNote(initialPersisted(), 'n', 'last words', t(1)));
    const write = fake.setItem.bind(fake);
    fake.setItem = (key, value) => {
      if (key === KEY) throw new Error('the page is gone before the lock');
      write(key, value);
    };
    flushUrgently();
    const journal = fake.getItem(`${KEY}${JOURNAL_PREFIX}this-tab`);
    expect(decoder.decodeJournal(journal ?? '', NOW).state.notes.n?.body).toBe('last words');
  });

  it('a new tab reads the journals of closed tabs in, and saves them', async () => {
    const saved = withNote(initialPersisted(), 'old', 'saved before', t(1));
    fake.items.set(KEY, encodeSaved(saved));
    for (const [tab, body] of [
      ['a', 'tab A closed with this'],
      ['b', 'tab B closed with this'],
    ] as const) {
      const changes = changesSince(withNote(saved, `note-${tab}`, body, t(2)), saved);
      if (changes) fake.items.set(`${KEY}${JOURNAL_PREFIX}${tab}`, encodeJournal(changes));
    }
    const tab = make();
    await tab.rehydrate();
    expect(bodies(tab.memory())).toEqual([
      'saved before',
      'tab A closed with this',
      'tab B closed with this',
    ]);
    await vi.advanceTimersByTimeAsync(400);
    expect(Object.keys(savedNotes()).sort()).toEqual(['note-a', 'note-b', 'old']);
  });

  it('a journal edited from an older base keeps both texts of the note', async () => {
    const base = withNote(initialPersisted(), 'n', 'first', t(1));
    const savedLater = withNote(base, 'n', 'edited in another tab', t(3));
    fake.items.set(KEY, encodeSaved(savedLater));
    const changes = changesSince(withNote(base, 'n', 'typed as the tab closed', t(2)), base);
    if (changes) fake.items.set(`${KEY}${JOURNAL_PREFIX}gone`, encodeJournal(changes));
    const tab = make();
    await tab.rehydrate();
    expect(bodies(tab.memory())).toEqual(['edited in another tab', 'typed as the tab closed']);
  });

  it("merges another tab's records before writing, and hands them to memory", async () => {
    const tab = make();
    const theirs = withNote(initialPersisted(), 'theirs', 'from the other tab', t(1));
    fake.items.set(KEY, encodeSaved(theirs));
    tab.type(withNote(initialPersisted(), 'ours', 'from this tab', t(2)));
    await vi.advanceTimersByTimeAsync(400);
    expect(Object.keys(savedNotes()).sort()).toEqual(['ours', 'theirs']);
    expect(Object.keys(tab.memory().notes).sort()).toEqual(['ours', 'theirs']);
  });

  it("reads another tab's write on the storage event", async () => {
    const tab = make();
    const unlisten = tab.listen(window);
    const theirs = encodeSaved(withNote(initialPersisted(), 'theirs', 'hello', t(1)));
    fake.items.set(KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: theirs }));
    await vi.waitFor(() => expect(tab.memory().notes.theirs?.body).toBe('hello'));
    unlisten();
  });

  it('two tabs typing into one answer: the other text stays as a conflicting copy', async () => {
    const tab = make();
    await tab.rehydrate(); // a new reader: nothing saved yet
    tab.type(withNote(initialPersisted(), 'a/p', 'typed here', t(1)));
    // Before this tab's batch is written, another tab saves its own text for the same answer.
    fake.items.set(KEY, encodeSaved(withNote(initialPersisted(), 'a/p', 'typed there', t(2))));
    await tab.rehydrate();
    expect(tab.memory().notes['a/p']?.body).toBe('typed there');
    expect(Object.values(tab.memory().notes).find((n) => n.conflictOf === 'a/p')?.body).toBe(
      'typed here',
    );
    await vi.advanceTimersByTimeAsync(400);
    expect(
      Object.values(savedNotes())
        .map((n) => n.body)
        .sort(),
    ).toEqual(['typed here', 'typed there']);
  });

  it('keeps changes in memory while writes fail, says so, and saves them once storage works', async () => {
    const { type, status } = make();
    fake.failWrites = true;
    type(withNote(initialPersisted(), 'n', 'do not lose me', t(1)));
    await vi.advanceTimersByTimeAsync(400);
    expect(status.getState().save).toBe('failing');
    expect(status.getState().writeError).toMatch(/QuotaExceededError/);
    await vi.advanceTimersByTimeAsync(1000);
    expect(status.getState().save).toBe('failing');
    fake.failWrites = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(status.getState()).toMatchObject({ save: 'saved', writeError: null });
    expect(savedNotes().n?.body).toBe('do not lose me');
  });

  it('starts empty and reports failure when storage cannot even be reached', () => {
    const { storage, status } = make({
      getStorage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(storage.getItem(KEY)).toBeNull();
    expect(status.getState()).toMatchObject({
      save: 'failing',
      writeError: expect.stringMatching(/SecurityError/),
    });
  });

  it('copies unreadable saved data aside before anything can overwrite it', async () => {
    fake.items.set(KEY, '{"state": {"notes": tru');
    const { storage, status } = make();
    expect(await storage.getItem(KEY)).toBeNull();
    const unreadable = status.getState().unreadable;
    expect(unreadable).toMatchObject({ raw: '{"state": {"notes": tru', setAside: null });
    expect(unreadable?.keptUnder).toMatch(new RegExp(`^${KEY}${UNREADABLE_PREFIX}`));
    expect(fake.getItem(unreadable?.keptUnder ?? '')).toBe('{"state": {"notes": tru');
    expect(fake.getItem(KEY)).toBe('{"state": {"notes": tru');
  });

  it('one bad record: keeps a copy, uses every valid record, and says how many were set aside', async () => {
    const good = encodeSaved(withNote(initialPersisted(), 'n', 'still here', t(1)));
    const raw = good.replace('"bookmarks":{}', '"bookmarks":{"x":{"id":"x"}}');
    fake.items.set(KEY, raw);
    const tab = make();
    await tab.rehydrate();
    expect(tab.memory().notes.n?.body).toBe('still here');
    const unreadable = tab.status.getState().unreadable;
    expect(unreadable?.setAside).toBe(1);
    expect(fake.getItem(unreadable?.keptUnder ?? '')).toBe(raw);
    await vi.advanceTimersByTimeAsync(400);
    expect(savedNotes().n?.body).toBe('still here');
  });

  it('never overwrites unreadable data it could not copy, until the reader releases it', async () => {
    fake.items.set(KEY, 'garbage');
    fake.failWrites = true;
    const { storage, status, releaseUnreadable, type } = make();
    expect(await storage.getItem(KEY)).toBeNull();
    expect(status.getState().unreadable).toMatchObject({ raw: 'garbage', keptUnder: null });
    fake.failWrites = false;
    type(withNote(initialPersisted(), 'n', 'new text', t(1)));
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.getItem(KEY)).toBe('garbage');
    expect(status.getState().save).toBe('failing');
    releaseUnreadable();
    await vi.waitFor(() => expect(savedNotes().n?.body).toBe('new text'));
  });

  it('reads valid saved data through the decoder, which a new reader never loads', async () => {
    const loadDecoder = vi.fn(async () => decoder);
    const fresh = make({ loadDecoder });
    expect(fresh.storage.getItem(KEY)).toBeNull();
    expect(loadDecoder).not.toHaveBeenCalled();
    fake.items.set(KEY, encodeSaved(withNote(initialPersisted(), 'n', 'kept', t(1))));
    const saved = await fresh.storage.getItem(KEY);
    expect(saved?.state.notes.n?.body).toBe('kept');
    expect(loadDecoder).toHaveBeenCalledTimes(1);
  });

  it('clamps times from the future and writes the clamped copy back', async () => {
    const future = withNote(
      initialPersisted(),
      'n',
      'from a fast clock',
      '2099-01-01T00:00:00.000Z',
    );
    fake.items.set(KEY, encodeSaved(future));
    const tab = make();
    await tab.rehydrate();
    expect(tab.memory().notes.n?.updatedAt).toBe(NOW);
    await vi.advanceTimersByTimeAsync(400);
    expect(savedNotes().n?.updatedAt).toBe(NOW);
  });

  it('stops writing when another tab saved data of a newer version', async () => {
    const { type, status } = make();
    const newer = JSON.stringify({ state: {}, version: 99 });
    fake.items.set(KEY, newer);
    type(withNote(initialPersisted(), 'n', 'x', t(1)));
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.getItem(KEY)).toBe(newer);
    expect(status.getState()).toMatchObject({ save: 'failing', newerVersionElsewhere: true });
  });

  it('keeps saved data untouched when the decoder cannot be loaded', async () => {
    fake.items.set(KEY, encodeSaved(withNote(initialPersisted(), 'n', 'precious', t(1))));
    const broken = make({ loadDecoder: () => Promise.reject(new Error('chunk failed to load')) });
    expect(await broken.storage.getItem(KEY)).toBeNull();
    expect(broken.status.getState().unreadable?.reason).toMatch(/did not load/);
    broken.type(initialPersisted());
    await vi.advanceTimersByTimeAsync(5000);
    expect(savedNotes().n?.body).toBe('precious');
  });

  it('merging memory with what it already saved writes nothing', async () => {
    fake.items.set(KEY, encodeSaved(initialPersisted()));
    const tab = make();
    await tab.rehydrate(); // merges happen only once the decoder has read saved data
    tab.type(withNote(initialPersisted(), 'n', 'once', t(1)));
    await vi.advanceTimersByTimeAsync(400);
    const writes = fake.setCalls;
    tab.type(mergeStates(tab.memory(), tab.memory()));
    await vi.advanceTimersByTimeAsync(400);
    expect(fake.setCalls).toBe(writes);
  });

  it('after the decoder failed to load, a new answer and the saved one are both kept', async () => {
    const old = withNoteSaved(
      initialPersisted(),
      { id: 'a/p', topic: 'a', promptId: 'p', body: 'saved answer' },
      t(1),
    );
    fake.items.set(KEY, encodeSaved(old));
    let attempts = 0;
    const tab = make({
      loadDecoder: async () => {
        attempts++;
        if (attempts === 1) throw new Error('chunk failed to load');
        return decoder;
      },
    });
    await tab.rehydrate();
    expect(tab.status.getState().unreadable?.reason).toMatch(/did not load/);
    tab.type(
      withNoteSaved(
        initialPersisted(),
        { id: 'a/p', topic: 'a', promptId: 'p', body: 'new answer' },
        t(2),
      ),
    );
    tab.releaseUnreadable();
    await vi.waitFor(() =>
      expect(
        Object.values(savedNotes())
          .map((n) => n.body)
          .sort(),
      ).toEqual(['new answer', 'saved answer']),
    );
  });

  it('"carry on and save over it" works while storage is too full for a copy', async () => {
    fake.items.set(KEY, 'garbage');
    const write = fake.setItem.bind(fake);
    let copies = 0;
    fake.setItem = (name, value) => {
      // Full: only the app's own key, which already has room, can be written.
      if (name !== KEY) {
        copies++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      write(name, value);
    };
    const tab = make();
    await tab.rehydrate();
    expect(tab.status.getState().unreadable?.keptUnder).toBeNull();
    tab.type(withNote(initialPersisted(), 'n', 'carry on', t(1)));
    const before = copies;
    tab.releaseUnreadable();
    await vi.waitFor(() => expect(savedNotes().n?.body).toBe('carry on'));
    expect(copies).toBe(before);
  });

  it('two tabs whose clocks disagree settle instead of rewriting each other', async () => {
    const ahead = createSavedStorage({
      key: KEY,
      version: STORE_VERSION,
      getStorage: () => fake,
      loadDecoder: async () => decoder,
      now: () => '2026-11-25T13:00:00.000Z', // an hour ahead of NOW
      tabId: 'ahead',
      batchMs: 400,
    });
    let aheadMemory = initialPersisted();
    ahead.connect({
      rehydrate: async () => {
        const read = await ahead.storage.getItem(KEY);
        aheadMemory = ahead.mergeRead(read?.state, aheadMemory);
      },
      update: (change) => {
        aheadMemory = change(aheadMemory);
        ahead.storage.setItem(KEY, { state: aheadMemory, version: STORE_VERSION });
      },
    });
    const behind = make();
    await behind.rehydrate();
    aheadMemory = withNote(aheadMemory, 'n', 'from the fast tab', '2026-11-25T12:59:00.000Z');
    ahead.storage.setItem(KEY, { state: aheadMemory, version: STORE_VERSION });
    await vi.advanceTimersByTimeAsync(400);
    // Each tab reads the other's writes, several times over.
    for (let round = 0; round < 5; round++) {
      await behind.rehydrate();
      await vi.advanceTimersByTimeAsync(400);
      const read = await ahead.storage.getItem(KEY);
      aheadMemory = ahead.mergeRead(read?.state, aheadMemory);
      await vi.advanceTimersByTimeAsync(400);
    }
    const settled = fake.setCalls;
    await behind.rehydrate();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.setCalls).toBe(settled);
    expect(behind.memory().notes.n?.body).toBe('from the fast tab');
  });
});
