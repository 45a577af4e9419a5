import { RECORD_KINDS, type RecordKind } from './kinds';
import { initialPersisted, type PersistedState } from './persisted-state';
import { entryOf, mapFrom } from './record-map';

/**
 * What `state` holds that `base` does not: the records changed since base was read, and base's
 * versions of those same records (what they were changed from). A merge with another copy uses
 * the base to tell an edit made here from an edit made elsewhere. Null when nothing changed.
 */
export type Changes = { state: PersistedState; base: PersistedState };

export const changesSince = (
  state: PersistedState,
  base: PersistedState | null,
): Changes | null => {
  const changed = { ...initialPersisted(), preferences: state.preferences };
  const before = { ...initialPersisted(), preferences: base?.preferences ?? changed.preferences };
  let any = !base || base.preferences.updatedAt !== state.preferences.updatedAt;
  for (const kind of RECORD_KINDS) {
    const ours = state[kind] as Record<string, { updatedAt: string }>;
    const theirs = (base?.[kind] ?? {}) as Record<string, { updatedAt: string }>;
    const changedEntries: [string, unknown][] = [];
    const baseEntries: [string, unknown][] = [];
    for (const [id, record] of Object.entries(ours)) {
      const was = entryOf(theirs, id);
      if (was === record || was?.updatedAt === record.updatedAt) continue;
      changedEntries.push([id, record]);
      if (was) baseEntries.push([id, was]);
    }
    if (changedEntries.length > 0) any = true;
    (changed as Record<RecordKind, unknown>)[kind] = mapFrom(changedEntries);
    (before as Record<RecordKind, unknown>)[kind] = mapFrom(baseEntries);
  }
  if (state.lastPosition?.updatedAt !== base?.lastPosition?.updatedAt) any = true;
  changed.lastPosition = state.lastPosition;
  before.lastPosition = base?.lastPosition ?? null;
  return any ? { state: changed, base: before } : null;
};
