import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { entryOf } from '@/store/format/record-map';
import {
  bookmarkId,
  isBookmarked,
  withBookmarkRemoved,
  withBookmarkToggled,
} from '@/store/slices/bookmarks-slice';
import { withBookmarkRestored } from './bookmark-restore';

const id = bookmarkId('strategy-and-execution', 'bets');
const saved = () =>
  withBookmarkToggled(
    initialPersisted(),
    'strategy-and-execution',
    'bets',
    '2026-11-20T10:00:00.000Z',
  );

describe('withBookmarkRestored', () => {
  it('brings a removed bookmark back with its first save date, stamped now', () => {
    const before = saved();
    const record = entryOf(before.bookmarks, id);
    if (!record) throw new Error('no bookmark');
    const removed = withBookmarkRemoved(before, id, '2026-11-21T10:00:00.000Z');
    expect(isBookmarked(removed, 'strategy-and-execution', 'bets')).toBe(false);
    const back = withBookmarkRestored(removed, record, '2026-11-22T10:00:00.000Z');
    expect(isBookmarked(back, 'strategy-and-execution', 'bets')).toBe(true);
    expect(entryOf(back.bookmarks, id)).toEqual({
      id,
      topic: 'strategy-and-execution',
      section: 'bets',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
  });

  it('leaves a bookmark saved again since the removal as it is', () => {
    const removed = withBookmarkRemoved(saved(), id, '2026-11-21T10:00:00.000Z');
    const again = withBookmarkToggled(
      removed,
      'strategy-and-execution',
      'bets',
      '2026-11-21T11:00:00.000Z',
    );
    const old = entryOf(saved().bookmarks, id);
    if (!old) throw new Error('no bookmark');
    expect(withBookmarkRestored(again, old, '2026-11-22T10:00:00.000Z')).toBe(again);
  });
});
