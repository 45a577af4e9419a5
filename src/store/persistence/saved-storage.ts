import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Decoded } from '../format/decode';
import {
  encodeJournal,
  encodeSaved,
  initialPersisted,
  type PersistedState,
} from '../format/persisted-state';
import { holdForLifetime, withLock } from './locks';
import { keysStartingWith } from './storage-keys';

export type SaveState = 'saved' | 'pending' | 'failing';

export type UnreadableData = {
  raw: string;
  reason: string;
  /** The storage key the saved text was copied to, or null if even that copy failed. */
  keptUnder: string | null;
  /** How many records were set aside; null when nothing at all could be read. */
  setAside: number | null;
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

/** What reads and merges saved data: loaded only when there is saved data to read. */
export type Decoder = typeof import('./reading');

/** How the storage reaches the store it serves (wired once the store exists). */
export type StoreLink = {
  /** zustand persist's rehydrate(): reads storage again and merges it through `mergeRead`. */
  rehydrate: () => Promise<void> | void;
  /** Replaces the store's records with `change(current records)`. */
  update: (change: (current: PersistedState) => PersistedState) => void;
};

type Options = {
  key: string;
  /** The persisted schema version; the decoder has already migrated what it returns to it. */
  version: number;
  /** Reaching localStorage can itself throw (disabled storage, some private modes). */
  getStorage: () => Storage;
  loadDecoder: () => Promise<Decoder>;
  /** The time now, as records are stamped: times from the future are clamped to it on arrival. */
  now: () => string;
  /** This tab's id: names its journal and the lock that says it is alive. */
  tabId?: string;
  /** How long a burst of changes (typing) is collected before one write. */
  batchMs?: number;
  retryMs?: number;
};

export const UNREADABLE_PREFIX = ':unreadable:';
export const JOURNAL_PREFIX = ':journal:';

/**
 * The storage behind the store's persist middleware, built so that nothing the reader writes
 * is lost. Saved data lives under one key; besides it, each tab may keep a journal of changes it
 * has not saved yet.
 * - Writes are batched: typing changes memory at once and storage at most every `batchMs`.
 * - Each write reads, merges and writes the saved data while holding a Web Lock, so two tabs
 *   never interleave. A merge keeps both texts of a note edited in two tabs (merge.ts).
 * - When the page is hidden or closed there is no time to wait for a lock: the tab writes its
 *   unsaved changes to its own journal key, which no other tab writes, then tries the locked
 *   write. Any tab that starts (or sees the journal appear) merges journals in, and removes a
 *   journal once its tab is gone and the saved data holds it.
 * - A failed write (storage full or disabled) keeps the change in memory, says so, and is
 *   retried until storage works again.
 * - Saved data that cannot be read, in whole or in part, is copied aside before anything can
 *   overwrite it; every valid record is still used.
 */
export function createSavedStorage(options: Options) {
  const { key, version, getStorage, now } = options;
  const tabId = options.tabId ?? randomId();
  const journalKey = `${key}${JOURNAL_PREFIX}${tabId}`;
  const writeLock = `${key}:write`;
  const tabLock = (id: string) => `${key}:tab:${id}`;
  const batchMs = options.batchMs ?? 400;
  const retryMs = options.retryMs ?? 3000;

  const status = createStore<PersistenceStatus>(() => ({
    save: 'saved',
    writeError: null,
    unreadable: null,
    writes: 0,
    newerVersionElsewhere: false,
  }));

  let decoder: Decoder | undefined;
  const loadDecoder = async (): Promise<Decoder> => {
    decoder ??= await options.loadDecoder();
    return decoder;
  };
  let link: StoreLink | undefined;

  /*
   * What this tab knows, and who sets it:
   * - pending: the whole of memory, handed over by the store (setItem), not yet written;
   *   set again by mergeRead; cleared once a write holds it (finishWrite).
   * - lastSeenText: the saved text as this tab last read or wrote it; if storage still holds
   *   it, no other tab wrote since (read, finishWrite, keepAside, releaseUnreadable).
   * - storedRecords: the records of that text, or null when unknown or when reading repaired
   *   them (then they are written back) (read, finishWrite).
   * - agreedBase: what memory last agreed with storage on, the base of three-way merges
   *   (merge.ts); null until the first read (mergeRead, finishWrite).
   * - lastRead: what getItem returned, which persist hands to mergeRead.
   */
  let pending: PersistedState | null = null;
  let lastSeenText: string | null = null;
  let storedRecords: PersistedState | null = null;
  let agreedBase: PersistedState | null = null;
  let lastRead: PersistedState | null = null;
  /** Other tabs' journals in the last read, then once merged into memory: removed when saved. */
  let journalsRead = new Map<string, string>();
  let journalsMerged = new Map<string, string>();
  let journalWrites = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = false;
  let writeAgain = false;
  /** Set while unreadable data could not be copied aside: the app's key must not be overwritten. */
  let mainKeyBlocked = false;
  /** Saved text that could not be read and could not be copied aside either. */
  let uncopiedText: string | null = null;

  const schedule = (delay: number) => {
    if (timer === undefined) timer = setTimeout(() => flush(), delay);
  };

  const fail = (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    status.setState({ save: 'failing', writeError: message });
    schedule(retryMs);
  };

  /** Writes what is pending, under the write lock. */
  function flush(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    if (mainKeyBlocked) {
      fail(new Error('Saved data that could not be read has not been copied yet.'));
      return;
    }
    if (writing) {
      writeAgain = true;
      return;
    }
    writing = true;
    const done = () => {
      writing = false;
      if (writeAgain) {
        writeAgain = false;
        flush();
      }
    };
    try {
      const result = withLock(writeLock, writeLocked);
      if (result instanceof Promise)
        result.then(done, (error) => {
          fail(error);
          done();
        });
      else done();
    } catch (error) {
      fail(error);
      done();
    }
  }

  /** Read, merge, write: runs while this tab holds the write lock. */
  function writeLocked(): void | Promise<void> {
    const snapshot = pending;
    if (!snapshot) return;
    const generation = journalWrites;
    const journals = journalsMerged;
    let storage: Storage;
    let text: string | null;
    try {
      storage = getStorage();
      text = storage.getItem(key);
    } catch (error) {
      fail(error);
      return;
    }
    let next = snapshot;
    let external = false;
    if (text !== null && text !== lastSeenText) {
      // Someone else wrote: check their data properly before merging it.
      if (!decoder) return loadDecoder().then(writeLocked);
      try {
        const decoded = decoder.decodeSaved(text, now());
        if (decoded.setAside > 0 && !keepAside(storage, text, decoded)) return;
        next = decoder.mergeStates(snapshot, decoded.state, agreedBase ?? initialPersisted());
        external = true;
      } catch (error) {
        if (isNewerVersion(error)) {
          // Never overwrite a newer version's data with this version's shape.
          status.setState({ newerVersionElsewhere: true });
          fail(error);
          return;
        }
        const reason = 'Saved data changed into something this app cannot read.';
        if (!keepAside(storage, text, { reason })) return;
      }
    } else if (
      text !== null &&
      storedRecords &&
      (snapshot === storedRecords || (decoder && !decoder.changesSince(snapshot, storedRecords)))
    ) {
      // Storage already holds all of this (a merge that added nothing): no write.
      finishWrite(storage, { snapshot, written: snapshot, text, generation, journals });
      return;
    }
    const written = encodeSaved(next);
    try {
      storage.setItem(key, written);
    } catch (error) {
      fail(error);
      return;
    }
    if (external && link && decoder) {
      // Memory may have moved on since the snapshot: merge what came from elsewhere into it.
      const { mergeStates } = decoder;
      link.update((current) => mergeStates(current, next, snapshot));
    }
    finishWrite(storage, { snapshot, written: next, text: written, generation, journals });
    status.setState((s) => ({ writes: s.writes + 1 }));
  }

  /** After a write (or a check that none was needed): storage now holds `written`, as `text`. */
  function finishWrite(
    storage: Storage,
    done: {
      snapshot: PersistedState;
      written: PersistedState;
      text: string;
      /** This tab's journal writes when the write began: a later journal is not yet saved. */
      generation: number;
      journals: Map<string, string>;
    },
  ) {
    const { snapshot, written: state, text, generation, journals } = done;
    lastSeenText = text;
    storedRecords = state;
    agreedBase = state;
    // Nothing changed since the snapshot, or memory only took in what was just written.
    if (pending === snapshot || (pending && decoder && !decoder.changesSince(pending, state)))
      pending = null;
    status.setState({ save: pending ? 'pending' : 'saved', writeError: null });
    if (pending) schedule(batchMs);
    // This tab's journal is in the saved data now, unless it was rewritten meanwhile.
    if (generation === journalWrites) removeQuietly(storage, journalKey);
    if (journals === journalsMerged) journalsMerged = new Map();
    clearJournals(storage, journals);
  }

  /** Other tabs' journals, now in the saved data, go once their tabs are gone. */
  function clearJournals(storage: Storage, journals: Map<string, string>) {
    if (journals.size === 0 || !decoder) return;
    decoder.clearJournals(
      storage,
      journals,
      (journal) => tabLock(journal.slice(`${key}${JOURNAL_PREFIX}`.length)),
      () => void link?.rehydrate(),
    );
  }

  /** The page is being hidden or closed: keep unsaved changes in this tab's own key, now. */
  function flushUrgently(): void {
    if (!pending) return;
    // The decoder (and the diff) may not be loaded yet: a new reader's journal holds it all.
    const changes = decoder
      ? decoder.changesSince(pending, storedRecords)
      : { state: pending, base: storedRecords ?? initialPersisted() };
    if (changes) {
      try {
        getStorage().setItem(journalKey, encodeJournal(changes));
        journalWrites++;
      } catch (error) {
        fail(error);
      }
    }
    flush();
  }

  /** Keeps a copy of saved text that cannot be read in full, and says so; false if it could not. */
  const keepAside = (
    storage: Storage,
    raw: string,
    found: { reason: string } | Decoded,
  ): boolean => {
    const keptUnder = decoder?.copyAside(storage, `${key}${UNREADABLE_PREFIX}`, raw) ?? null;
    if (!keptUnder) {
      mainKeyBlocked = true;
      uncopiedText = raw;
    }
    const partly = 'setAside' in found;
    status.setState({
      unreadable: {
        raw,
        keptUnder,
        setAside: partly ? found.setAside : null,
        reason: partly ? found.problems.join('; ') : found.reason,
      },
    });
    if (!keptUnder) fail(new Error('Could not keep a copy of saved data that could not be read.'));
    else lastSeenText = raw; // kept safe: from now on this text may be replaced
    return keptUnder !== null;
  };

  /** Reads saved data and every other tab's journal, merged into one state. */
  const read = (
    storage: Storage,
    text: string | null,
    journals: Map<string, string>,
    decode: Decoder,
  ): StorageValue<PersistedState> | null => {
    const found = decode.readSaved(text, journals, now());
    storedRecords = found.stored;
    if (text !== null) {
      if (found.problem === 'newer-version') {
        // A newer version of the app saved this: leave it alone; writes will stop (flush).
        status.setState({ newerVersionElsewhere: true });
      } else if (found.problem) keepAside(storage, text, found.problem);
      else lastSeenText = text;
    }
    journalsRead = found.journals;
    lastRead = found.state;
    return found.state ? { state: found.state, version } : null;
  };

  const storage: PersistStorage<PersistedState> = {
    getItem: () => {
      let store: Storage;
      let text: string | null;
      const journals = new Map<string, string>();
      try {
        store = getStorage();
        text = store.getItem(key);
        for (const name of keysStartingWith(store, `${key}${JOURNAL_PREFIX}`)) {
          const raw = store.getItem(name);
          if (name !== journalKey && raw !== null) journals.set(name, raw);
        }
      } catch (error) {
        fail(error);
        return null;
      }
      if (text === null && journals.size === 0) {
        // Nothing saved yet is something known: later merges have an empty base to go by.
        agreedBase ??= initialPersisted();
        storedRecords ??= agreedBase;
        return null;
      }
      const couldNotLoad = () => {
        // Without the decoder the data cannot be checked: keep it untouched until a reload.
        mainKeyBlocked = true;
        status.setState({
          unreadable: {
            raw: text ?? '',
            keptUnder: null,
            setAside: null,
            reason:
              'The part of the app that reads saved data did not load. Reload the page to try again.',
          },
        });
        return null;
      };
      return decoder
        ? read(store, text, journals, decoder)
        : loadDecoder().then((loaded) => read(store, text, journals, loaded), couldNotLoad);
    },
    setItem: (_name, value) => {
      pending = value.state;
      if (status.getState().save !== 'failing') status.setState({ save: 'pending' });
      schedule(batchMs);
    },
    removeItem: () => {
      // The app never removes the reader's data through persist; a reset writes tombstones.
    },
  };

  /**
   * zustand persist's `merge`: what was read (saved data and journals) meets what memory holds.
   * Whatever memory holds that storage lacks is written back.
   */
  const mergeRead = (
    stateRead: PersistedState | undefined,
    current: PersistedState,
  ): PersistedState => {
    if (!stateRead || stateRead !== lastRead || !decoder) return current;
    const merged = decoder.mergeStates(current, stateRead, agreedBase ?? initialPersisted());
    agreedBase = stateRead;
    for (const [journal, text] of journalsRead) journalsMerged.set(journal, text);
    journalsRead = new Map();
    // `pending` is always the whole of memory: a write must never carry an older copy of it.
    if (pending || decoder.changesSince(merged, storedRecords)) {
      pending = merged;
      schedule(batchMs);
    } else {
      const storage = safely(getStorage);
      if (storage) clearJournals(storage, journalsMerged);
      journalsMerged = new Map();
    }
    return merged;
  };

  /** Another tab wrote the saved data or a journal: read it in. */
  const onStorageEvent = (event: StorageEvent) => {
    if (event.newValue === null || event.key === null) return;
    const isMain = event.key === key && event.newValue !== lastSeenText;
    const isJournal = event.key.startsWith(`${key}${JOURNAL_PREFIX}`) && event.key !== journalKey;
    if (isMain || isJournal) void link?.rehydrate();
  };

  const onPageHide = () => flushUrgently();
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') flushUrgently();
  };

  /** Wires the page events and this tab's liveness lock. Returns a function that unwires them. */
  const listen = (target: Window = window) => {
    holdForLifetime(tabLock(tabId));
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
    // The reader chose to save over text that could not be copied aside (storage is full): the
    // next write must not try the copy again. Data that was merely not read yet (the decoder
    // failed to load) is still read and merged first.
    if (uncopiedText !== null) lastSeenText = uncopiedText;
    uncopiedText = null;
    status.setState({ unreadable: null });
    if (pending) flush();
  };

  const connect = (storeLink: StoreLink) => {
    link = storeLink;
  };

  return { storage, mergeRead, flush, flushUrgently, listen, connect, status, releaseUnreadable };
}

/** UnreadableDataError's reason, read without importing the class into every first view. */
const isNewerVersion = (error: unknown) =>
  (error as { reason?: unknown } | null)?.reason === 'newer-version';

const safely = <T>(get: () => T): T | undefined => {
  try {
    return get();
  } catch {
    return undefined;
  }
};

const removeQuietly = (storage: Storage, name: string) => {
  try {
    storage.removeItem(name);
  } catch {
    // A journal left behind is merged again later; merging twice changes nothing.
  }
};

const randomId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
