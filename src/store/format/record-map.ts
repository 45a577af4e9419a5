/**
 * The reader's records live in maps keyed by id. Ids come from the reader's own files and other
 * tabs, so a key may be any string, including "toString", "constructor" or "__defineGetter__".
 * A map built on a plain `{}` would answer `map.toString` with Object.prototype's function; these
 * maps have no prototype, and reads of keys from outside go through `entryOf`, which only sees a
 * map's own entries. Build maps only with the helpers here: a spread (`{ ...map }`) gives the
 * prototype back.
 */
export type RecordMap<T> = Readonly<Record<string, T>>;

export const emptyMap = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export const mapFrom = <T>(entries: Iterable<readonly [string, T]>): Record<string, T> => {
  const map = emptyMap<T>();
  for (const [key, value] of entries) map[key] = value;
  return map;
};

/** A copy of `map` with `key` set: the reducers' immutable update. */
export const withEntry = <T>(map: RecordMap<T>, key: string, value: T): Record<string, T> => {
  // Object.assign onto a map without a prototype is the fast copy V8 has for this (typing
  // changes one note of thousands on every keystroke).
  const next = Object.assign(emptyMap<T>(), map);
  next[key] = value;
  return next;
};

/** The map's own entry under `key`, never one inherited from a prototype. */
export const entryOf = <T>(map: RecordMap<T>, key: string): T | undefined =>
  Object.hasOwn(map, key) ? map[key] : undefined;
