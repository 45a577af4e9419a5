import { type Decoded, decodeJournal, decodeSaved } from '../format/decode';
import { mergeStates } from '../format/merge';
import type { PersistedState } from '../format/persisted-state';
import { whenReleased } from './locks';
import { keysStartingWith } from './storage-keys';

export { changesSince } from '../format/changes';
/**
 * The parts of the storage that only run once saved data exists to read, in the same lazily
 * loaded chunk as the decoder: a new reader's first visit never downloads them.
 */
export { decodeJournal, decodeSaved } from '../format/decode';
export { mergeStates } from '../format/merge';

/**
 * Copies saved text the app cannot read in full under `prefix` + the time, unless a copy of
 * exactly this text is kept already (the page was reloaded before a write replaced it). Returns
 * the copy's key, or null if even the copy could not be written.
 */
export const copyAside = (storage: Storage, prefix: string, raw: string): string | null => {
  for (const name of keysStartingWith(storage, prefix))
    if (storage.getItem(name) === raw) return name;
  const copyKey = `${prefix}${new Date().toISOString()}`;
  try {
    storage.setItem(copyKey, raw);
    return copyKey;
  } catch {
    return null;
  }
};

/** Other tabs' journals merged into `state`; a journal that cannot be read is left alone. */
export const foldJournals = (
  state: PersistedState | null,
  journals: Map<string, string>,
  now: string,
): { state: PersistedState | null; read: Map<string, string> } => {
  const read = new Map<string, string>();
  let folded = state;
  for (const [name, raw] of journals) {
    try {
      const changes = decodeJournal(raw, now);
      folded = folded ? mergeStates(folded, changes.state, changes.base) : changes.state;
      // A journal with records that failed their check stays, so those records are not lost.
      if (changes.setAside === 0) read.set(name, raw);
    } catch {
      // Unreadable, or from a newer version of the app: not ours to read or remove.
    }
  }
  return { state: folded, read };
};

/**
 * Other tabs' journals, now in the saved data, are removed once their tabs are gone (the tab's
 * lifetime lock is free). A journal rewritten since it was read holds newer words: `reread`.
 */
export const clearJournals = (
  storage: Storage,
  journals: Map<string, string>,
  ownerLock: (journal: string) => string,
  reread: () => void,
) => {
  for (const [journal, seen] of journals)
    whenReleased(ownerLock(journal), () => {
      const now = storage.getItem(journal);
      if (now === seen) storage.removeItem(journal);
      else if (now !== null) reread();
    });
};

export type ReadSaved = {
  /** The saved data with other tabs' journals merged in: what memory should hold. */
  state: PersistedState | null;
  /** The saved records exactly as stored; null when they were repaired (write them back). */
  stored: PersistedState | null;
  /** Saved data a newer app wrote, or why it could not be read in full (keep a copy aside). */
  problem: 'newer-version' | Decoded | { reason: string } | null;
  /** The journals read in. */
  journals: Map<string, string>;
};

export const readSaved = (
  text: string | null,
  journals: Map<string, string>,
  now: string,
): ReadSaved => {
  let state: PersistedState | null = null;
  let stored: PersistedState | null = null;
  let problem: ReadSaved['problem'] = null;
  if (text !== null) {
    try {
      const decoded = decodeSaved(text, now);
      state = decoded.state;
      if (!decoded.repaired) stored = decoded.state;
      if (decoded.setAside > 0) problem = decoded;
    } catch (error) {
      problem =
        (error as { reason?: unknown }).reason === 'newer-version'
          ? 'newer-version'
          : { reason: error instanceof Error ? error.message : String(error) };
    }
  }
  const folded = foldJournals(state, journals, now);
  return { state: folded.state, stored, problem, journals: folded.read };
};
