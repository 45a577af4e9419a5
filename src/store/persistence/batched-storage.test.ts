import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeSaved } from '@/store/format/decode';
import {
  encodeSaved,
  initialPersisted,
  mergePersisted,
  type PersistedState,
} from '@/store/format/persisted-state';
import { withNoteSaved } from '@/store/slices/notes-slice';
import { createBatchedStorage, UNREADABLE_PREFIX } from './batched-storage';

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
const t = (n: number) => `2026-11-25T10:00:${String(n).padStart(2, '0')}.000Z`;
const withNote = (state: PersistedState, id: string, body: string, at: string) =>
  withNoteSaved(state, { id, topic: 'a', body }, at);

let fake: FakeStorage;
let external: PersistedState[];
const make = (getStorage: () => Storage = () => fake) =>
  createBatchedStorage({
    key: KEY,
    version: 2,
    getStorage,
    loadDecoder: async () => decodeSaved,
    encode: encodeSaved,
    merge: mergePersisted,
    onExternalState: (state) => external.push(state),
    batchMs: 400,
    retryMs: 1000,
  });
const envelope = (state: PersistedState) => ({ state, version: 2 });

beforeEach(() => {
  vi.useFakeTimers();
  fake = new FakeStorage();
  external = [];
});
afterEach(() => vi.useRealTimers());

const onExternal = (state: PersistedState) => external.push(state);

describe('batched storage', () => {
  it('collects a burst of changes into one write', async () => {
    const { storage, status } = make();
    let state = initialPersisted();
    for (let i = 0; i < 50; i++) {
      state = withNote(state, 'n', 'x'.repeat(i + 1), t(i % 60));
      storage.setItem(KEY, envelope(state));
    }
    expect(fake.setCalls).toBe(0);
    expect(status.getState().save).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(fake.setCalls).toBe(1);
    expect(decodeSaved(fake.getItem(KEY) ?? '').notes.n?.body).toBe('x'.repeat(50));
    expect(status.getState()).toMatchObject({ save: 'saved', writes: 1 });
  });

  it('writes at once when the page is hidden or closed', async () => {
    const { storage, listen } = make();
    const unlisten = listen(window);
    storage.setItem(KEY, envelope(withNote(initialPersisted(), 'n', 'typed just now', t(1))));
    window.dispatchEvent(new Event('pagehide'));
    expect(decodeSaved(fake.getItem(KEY) ?? '').notes.n?.body).toBe('typed just now');
    storage.setItem(KEY, envelope(withNote(initialPersisted(), 'n', 'and again', t(2))));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(decodeSaved(fake.getItem(KEY) ?? '').notes.n?.body).toBe('and again');
    unlisten();
  });

  it("merges another tab's records before writing, and hands them to the store", async () => {
    const { storage } = make();
    const theirs = withNote(initialPersisted(), 'theirs', 'from the other tab', t(1));
    fake.items.set(KEY, encodeSaved(theirs));
    storage.setItem(KEY, envelope(withNote(initialPersisted(), 'ours', 'from this tab', t(2))));
    await vi.advanceTimersByTimeAsync(400);
    const saved = decodeSaved(fake.getItem(KEY) ?? '');
    expect(Object.keys(saved.notes).sort()).toEqual(['ours', 'theirs']);
    expect(external).toHaveLength(1);
    expect(Object.keys(external[0]?.notes ?? {}).sort()).toEqual(['ours', 'theirs']);
  });

  it("applies another tab's write from the storage event", async () => {
    const { listen } = make();
    const unlisten = listen(window);
    const theirs = withNote(initialPersisted(), 'theirs', 'hello', t(1));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: encodeSaved(theirs) }));
    await vi.waitFor(() => expect(external[0]?.notes.theirs?.body).toBe('hello'));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other-key', newValue: '{}' }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'not json' }));
    await Promise.resolve();
    expect(external).toHaveLength(1);
    unlisten();
  });

  it('keeps changes in memory while writes fail, says so, and saves them once storage works', async () => {
    const { storage, status } = make();
    fake.failWrites = true;
    storage.setItem(KEY, envelope(withNote(initialPersisted(), 'n', 'do not lose me', t(1))));
    await vi.advanceTimersByTimeAsync(400);
    expect(status.getState().save).toBe('failing');
    expect(status.getState().writeError).toMatch(/QuotaExceededError/);
    await vi.advanceTimersByTimeAsync(1000);
    expect(status.getState().save).toBe('failing');
    fake.failWrites = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(status.getState()).toMatchObject({ save: 'saved', writeError: null });
    expect(decodeSaved(fake.getItem(KEY) ?? '').notes.n?.body).toBe('do not lose me');
  });

  it('starts empty and reports failure when storage cannot even be reached', async () => {
    const { storage, status } = make(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
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
    expect(unreadable?.raw).toBe('{"state": {"notes": tru');
    expect(unreadable?.keptUnder).toMatch(new RegExp(`^${KEY}${UNREADABLE_PREFIX}`));
    expect(fake.getItem(unreadable?.keptUnder ?? '')).toBe('{"state": {"notes": tru');
    expect(fake.getItem(KEY)).toBe('{"state": {"notes": tru');
  });

  it('never overwrites unreadable data it could not copy, until the reader releases it', async () => {
    fake.items.set(KEY, 'garbage');
    fake.failWrites = true;
    const { storage, status, releaseUnreadable } = make();
    expect(await storage.getItem(KEY)).toBeNull();
    expect(status.getState().unreadable).toMatchObject({ raw: 'garbage', keptUnder: null });
    fake.failWrites = false;
    storage.setItem(KEY, envelope(withNote(initialPersisted(), 'n', 'new text', t(1))));
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.getItem(KEY)).toBe('garbage');
    expect(status.getState().save).toBe('failing');
    releaseUnreadable();
    expect(decodeSaved(fake.getItem(KEY) ?? '').notes.n?.body).toBe('new text');
  });

  it('reads valid saved data through the decoder, which a new reader never loads', async () => {
    const loadDecoder = vi.fn(async () => decodeSaved);
    const fresh = createBatchedStorage({
      key: KEY,
      version: 2,
      getStorage: () => fake,
      loadDecoder,
      encode: encodeSaved,
      merge: mergePersisted,
      onExternalState: () => {},
    });
    expect(fresh.storage.getItem(KEY)).toBeNull();
    expect(loadDecoder).not.toHaveBeenCalled();
    fake.items.set(KEY, encodeSaved(withNote(initialPersisted(), 'n', 'kept', t(1))));
    const saved = await fresh.storage.getItem(KEY);
    expect(saved?.state.notes.n?.body).toBe('kept');
    expect(loadDecoder).toHaveBeenCalledTimes(1);
  });

  it('treats valid JSON of the wrong shape, or from a newer version, as unreadable', async () => {
    for (const raw of [
      '{"state":{"notes":[]},"version":2}',
      '{"state":{},"version":99}',
      '[1,2]',
    ]) {
      fake = new FakeStorage();
      fake.items.set(KEY, raw);
      const { storage, status } = make();
      expect(await storage.getItem(KEY)).toBeNull();
      expect(status.getState().unreadable?.raw).toBe(raw);
    }
  });

  it('after merging another tab in, writes back only what this tab adds', async () => {
    const { storage, listen } = make();
    const unlisten = listen(window);
    const ours = withNote(initialPersisted(), 'ours', 'only here', t(1));
    storage.setItem(KEY, envelope(ours));
    await vi.advanceTimersByTimeAsync(400);
    const writes = fake.setCalls;
    // Another tab wrote its own record over ours (a race): merging it back must be written.
    const theirs = withNote(initialPersisted(), 'theirs', 'from there', t(2));
    fake.items.set(KEY, encodeSaved(theirs));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: encodeSaved(theirs) }));
    await vi.waitFor(() => expect(external).toHaveLength(1));
    const merged = mergePersisted(ours, theirs);
    storage.setItem(KEY, envelope(merged));
    await vi.advanceTimersByTimeAsync(400);
    expect(Object.keys(decodeSaved(fake.getItem(KEY) ?? '').notes).sort()).toEqual([
      'ours',
      'theirs',
    ]);
    expect(fake.setCalls).toBe(writes + 1);
    unlisten();
  });

  it('stops writing when another tab saved data of a newer version', async () => {
    const { storage, status } = make();
    const newer = JSON.stringify({ state: {}, version: 99 });
    fake.items.set(KEY, newer);
    storage.setItem(KEY, envelope(withNote(initialPersisted(), 'n', 'x', t(1))));
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.getItem(KEY)).toBe(newer);
    expect(status.getState()).toMatchObject({ save: 'failing', newerVersionElsewhere: true });
  });

  it('keeps saved data untouched when the decoder cannot be loaded', async () => {
    fake.items.set(KEY, encodeSaved(withNote(initialPersisted(), 'n', 'precious', t(1))));
    const broken = createBatchedStorage({
      key: KEY,
      version: 2,
      getStorage: () => fake,
      loadDecoder: () => Promise.reject(new Error('chunk failed to load')),
      encode: encodeSaved,
      merge: mergePersisted,
      onExternalState: onExternal,
    });
    expect(await broken.storage.getItem(KEY)).toBeNull();
    expect(broken.status.getState().unreadable?.reason).toMatch(/did not load/);
    broken.storage.setItem(KEY, envelope(initialPersisted()));
    await vi.advanceTimersByTimeAsync(5000);
    expect(decodeSaved(fake.getItem(KEY) ?? '').notes.n?.body).toBe('precious');
  });
});
