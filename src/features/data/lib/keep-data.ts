import type { NoteRecord } from '@/store/format/schema';

/**
 * Its own key beside the saved data, not a field in it: asking is the browser's business, and
 * the saved shape (and its migrations) stays as it is. Reset everything leaves it: the browser
 * has already answered.
 */
export const ASKED_TO_KEEP_KEY = 'debugging-leadership:asked-to-keep';

type Notes = Readonly<Record<string, NoteRecord>>;

/** Whether `after` holds words the reader wrote that `before` did not: an answer saved. */
export const savedAnAnswer = (before: Notes, after: Notes): boolean =>
  before !== after &&
  Object.values(after).some(
    (note) =>
      !note.deletedAt && note.body.trim() !== '' && before[note.id]?.updatedAt !== note.updatedAt,
  );

type Watch = {
  /** Calls back with the notes before and after each change; returns a stop function. */
  subscribe: (onChange: (after: Notes, before: Notes) => void) => () => void;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  persist: () => Promise<boolean>;
};

/**
 * The first time the reader saves an answer (not on their first visit: a request out of nowhere
 * reads as a nag, and Firefox shows it as a prompt), asks the browser to keep the site's data
 * when space runs low. Once: the answer shows in Settings, where the reader can ask again.
 */
export function askToKeepDataOnFirstAnswer({ subscribe, storage, persist }: Watch): () => void {
  const asked = () => {
    try {
      return storage.getItem(ASKED_TO_KEEP_KEY) !== null;
    } catch {
      return true; // Storage that cannot be read cannot be kept either.
    }
  };
  if (asked()) return () => {};
  const stop = subscribe((after, before) => {
    if (!savedAnAnswer(before, after)) return;
    stop();
    if (asked()) return; // Another tab asked first.
    try {
      storage.setItem(ASKED_TO_KEEP_KEY, new Date().toISOString());
    } catch {
      return; // Full or refused: no request this time rather than one on every keystroke.
    }
    void persist().catch(() => false);
  });
  return stop;
}
