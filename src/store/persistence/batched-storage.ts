import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { type PersistedState, samePersisted } from '@/store/format/persisted-state';
import { UnreadableDataError } from '@/store/format/unreadable-error';

export type SaveState = 'saved' | 'pending' | 'failing';

export type UnreadableData = {
  raw: string;
  reason: string;
  /** The storage key the unreadable text was copied to, or null if even that copy failed. */
  keptUnder: string | null;
};

export type PersistenceStatus = {
  save: SaveState;
  /** Why the last write failed, in the browser's words; null while writes succeed. */
  writeError: string | null;
  unreadable: UnreadableData | null;
  /** Successful writes of the app's key since the page loaded. */
  writes: number;
  /** Another tab runs a newer version of the app: this one stops writing until reloaded. */
  newerVersionElsewhere: boolean;
};

type Options = {
  key: string;
  /** The persisted schema version; decode() has already migrated what it returns to it. */
  version: number;
  /** Reaching localStorage can itself throw (disabled storage, some private modes). */
  getStorage: () => Storage;
  /**
   * Loads the decoder (JSON, migrations, schema validation). It is only needed when there is
   * saved data to read, so a new reader's first visit never downloads it.
   */
  loadDecoder: () => Promise<Decoder>;
  encode: (state: PersistedState) => string;
  merge: (ours: PersistedState, theirs: PersistedState) => PersistedState;
  /** Called with another copy's state (another tab's write) for the store to merge in. */
  onExternalState: (state: PersistedState) => void;
  /** How long a burst of changes (typing) is collected before one write. */
  batchMs?: number;
  retryMs?: number;
};

export const UNREADABLE_PREFIX = ':unreadable:';

/** Turns saved text into the current state shape, or throws (UnreadableDataError). */
export type Decoder = (raw: string) => PersistedState;

/**
 * The storage behind the store's persist middleware, built so that nothing the reader writes
 * is lost:
 * - writes are batched: typing changes memory at once, storage at most every `batchMs`, and
 *   everything pending is flushed when the page is hidden or closed;
 * - before each write, what another tab stored in the meantime is merged in record by record
 *   (newest wins), so two tabs never erase each other;
 * - a failed write (storage full or disabled) keeps the change in memory, reports it, and is
 *   retried until storage works again;
 * - unreadable saved data is copied aside before anything can overwrite it.
 */
export function createBatchedStorage(options: Options) {
  const { key, version, getStorage, encode, merge, onExternalState } = options;

  let decoder: Decoder | undefined;
  const loadDecoder = async (): Promise<Decoder> => {
    decoder ??= await options.loadDecoder();
    return decoder;
  };

  /**
   * Used only when the page is closing and the decoder has not been needed yet: another tab's
   * JSON of this version is merged as it is rather than overwritten (any other text is copied
   * aside by the caller). Every other write waits for the decoder's full check.
   */
  const decodeUrgently = (raw: string): PersistedState => {
    const parsed = JSON.parse(raw) as { state?: PersistedState; version?: number };
    if (parsed.version !== version || !parsed.state?.notes) {
      throw new Error('Saved data needs migrating or is unreadable.');
    }
    return parsed.state;
  };
  const batchMs = options.batchMs ?? 400;
  const retryMs = options.retryMs ?? 3000;

  const status = createStore<PersistenceStatus>(() => ({
    save: 'saved',
    writeError: null,
    unreadable: null,
    writes: 0,
    newerVersionElsewhere: false,
  }));

  let pending: PersistedState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The text this tab last wrote or read: if storage still holds it, no other tab wrote since. */
  let lastSeen: string | null = null;
  /** Set while unreadable data could not be copied aside: the app's key must not be overwritten. */
  let mainKeyBlocked = false;
  /** While another copy's state is being merged in: the merged state's write is decided here. */
  let applyingExternal: PersistedState | null = null;

  const schedule = (delay: number) => {
    if (timer === undefined) timer = setTimeout(() => flush(), delay);
  };

  const fail = (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    status.setState({ save: 'failing', writeError: message });
    schedule(retryMs);
  };

  /** Writes what is pending. `urgent` (the page is going away) means: now, without waiting. */
  function flush(urgent = false): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    if (mainKeyBlocked) {
      fail(new Error('Saved data that could not be read has not been copied yet.'));
      return;
    }
    try {
      const storage = getStorage();
      const stored = storage.getItem(key);
      let next = pending;
      let external = false;
      if (stored !== null && stored !== lastSeen) {
        if (!decoder && !urgent) {
          // Someone else wrote: check their data properly before merging it.
          loadDecoder().then(() => flush(), fail);
          return;
        }
        try {
          next = merge(pending, decoder ? decoder(stored) : decodeUrgently(stored));
          external = true;
        } catch (error) {
          if (error instanceof UnreadableDataError && error.reason === 'newer-version') {
            // Never overwrite a newer version's data with this version's shape.
            status.setState({ newerVersionElsewhere: true });
            fail(error);
            return;
          }
          // Another writer left something unreadable: keep a copy before replacing it.
          if (
            !keepUnreadable(
              storage,
              stored,
              'Saved data changed into something this app cannot read.',
            )
          ) {
            fail(new Error('Could not keep a copy of unreadable saved data.'));
            return;
          }
        }
      }
      const text = encode(next);
      if (text !== stored) storage.setItem(key, text);
      lastSeen = text;
      pending = null;
      status.setState((s) => ({ save: 'saved', writeError: null, writes: s.writes + 1 }));
      if (external) applyExternal(next);
    } catch (error) {
      fail(error);
    }
  }

  const applyExternal = (state: PersistedState) => {
    applyingExternal = state;
    try {
      onExternalState(state);
    } finally {
      applyingExternal = null;
    }
  };

  const keepUnreadable = (storage: Storage, raw: string, reason: string): boolean => {
    let keptUnder = findCopy(storage, raw);
    if (!keptUnder) {
      const copyKey = `${key}${UNREADABLE_PREFIX}${new Date().toISOString()}`;
      try {
        storage.setItem(copyKey, raw);
        keptUnder = copyKey;
      } catch {
        mainKeyBlocked = true;
      }
    }
    // Kept safe (or guarded by the block): from now on this text may be replaced.
    lastSeen = raw;
    status.setState({ unreadable: { raw, reason, keptUnder } });
    return keptUnder !== null;
  };

  /** A copy of exactly this text kept earlier (the page was reloaded before a write replaced it). */
  const findCopy = (storage: Storage, raw: string): string | null => {
    for (let index = 0; index < storage.length; index++) {
      const name = storage.key(index);
      if (name?.startsWith(`${key}${UNREADABLE_PREFIX}`) && storage.getItem(name) === raw)
        return name;
    }
    return null;
  };

  const storage: PersistStorage<PersistedState> = {
    getItem: () => {
      let raw: string | null;
      let store: Storage;
      try {
        store = getStorage();
        raw = store.getItem(key);
      } catch (error) {
        fail(error);
        return null;
      }
      if (raw === null) return null;
      const read = (decode: Decoder): StorageValue<PersistedState> | null => {
        try {
          const state = decode(raw);
          lastSeen = raw;
          return { state, version };
        } catch (error) {
          const reason = error instanceof UnreadableDataError ? error.message : String(error);
          keepUnreadable(store, raw, reason);
          return null;
        }
      };
      const couldNotLoad = () => {
        // Without the decoder the data cannot be checked: keep it untouched until a reload.
        mainKeyBlocked = true;
        status.setState({
          unreadable: {
            raw,
            keptUnder: findCopy(store, raw),
            reason:
              'The part of the app that reads saved data did not load. Reload the page to try again.',
          },
        });
        return null;
      };
      return decoder ? read(decoder) : loadDecoder().then(read, couldNotLoad);
    },
    setItem: (_name, value) => {
      // After merging another copy in, write only if this tab added something to it: writing
      // an identical merge back would make two tabs answer each other forever.
      if (applyingExternal && samePersisted(value.state, applyingExternal)) return;
      pending = value.state;
      if (status.getState().save !== 'failing') status.setState({ save: 'pending' });
      schedule(batchMs);
    },
    removeItem: () => {
      // The app never removes the reader's data through persist; a reset writes an empty state.
    },
  };

  /** Another tab wrote: merge its records into this tab's memory. */
  const onStorageEvent = (event: StorageEvent) => {
    const raw = event.newValue;
    if (event.key !== key || raw === null || raw === lastSeen) return;
    void loadDecoder().then((decode) => {
      try {
        applyExternal(decode(raw));
      } catch {
        // Unreadable writes from elsewhere are handled at this tab's next write (copied aside).
      }
    });
  };

  const onPageHide = () => flush(true);
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') flush(true);
  };

  /** Wires the page events. Returns a function that unwires them (for tests). */
  const listen = (target: Window = window) => {
    target.addEventListener('storage', onStorageEvent);
    target.addEventListener('pagehide', onPageHide);
    target.document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      target.removeEventListener('storage', onStorageEvent);
      target.removeEventListener('pagehide', onPageHide);
      target.document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  };

  /** The reader has the unreadable data (downloaded it) and lets the app save over it. */
  const releaseUnreadable = () => {
    mainKeyBlocked = false;
    status.setState({ unreadable: null });
    if (pending) flush();
  };

  return { storage, flush, listen, status, releaseUnreadable };
}
