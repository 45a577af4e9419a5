/**
 * The Web Locks API serialises the read-merge-write of saved data across tabs, and tells a tab
 * whether another tab is still alive (each holds a lock named after itself for its lifetime).
 * It is in every current browser. Where it is missing (jsdom in unit tests, very old browsers)
 * or refuses (a SecurityError in an opaque origin), the work runs at once, as it did before
 * locks: merges still keep every record, only the one-writer-at-a-time promise is lost.
 */
const lockManager = (): LockManager | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;

/**
 * Runs `work` while holding the lock `name`; without a working lock manager, runs it at once.
 * A refused lock rejects before the work runs; the work itself handles its own failures (the
 * storage's writes report them), so running it again after a rejection repeats nothing done.
 */
export const withLock = <T>(name: string, work: () => T | Promise<T>): Promise<T> | T => {
  const locks = lockManager();
  return locks ? locks.request(name, work).catch(work) : work();
};

/** Holds `name` until the page goes away, so other tabs can tell this one is alive. */
export const holdForLifetime = (name: string): void => {
  lockManager()
    ?.request(name, () => new Promise<never>(() => {}))
    .catch(() => {});
};

/**
 * Calls `then` once no live tab holds `name` (at once if its tab is gone). Without Web Locks a
 * tab's liveness cannot be known, and `then` is never called: the journal it would remove is
 * merged again at the next start, which changes nothing.
 */
export const whenReleased = (name: string, then: () => void): void => {
  lockManager()
    ?.request(name, () => then())
    .catch(() => {});
};
