import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { withBookmarkToggled } from '@/store/slices/bookmarks-slice';
import { selectBookmarkList, selectIsBookmarked } from './selectors';

describe('bookmark selectors', () => {
  it('lists live bookmarks newest first and answers whether a place is bookmarked', () => {
    let state = initialPersisted();
    state = withBookmarkToggled(state, 'a', undefined, '2026-01-01T00:00:01.000Z');
    state = withBookmarkToggled(state, 'b', 'intro', '2026-01-01T00:00:02.000Z');
    state = withBookmarkToggled(state, 'c', undefined, '2026-01-01T00:00:03.000Z');
    state = withBookmarkToggled(state, 'c', undefined, '2026-01-01T00:00:04.000Z');
    expect(selectBookmarkList(state).map((b) => b.id)).toEqual(['b#intro', 'a']);
    expect(selectIsBookmarked('b', 'intro')(state)).toBe(true);
    expect(selectIsBookmarked('b')(state)).toBe(false);
    expect(selectIsBookmarked('c')(state)).toBe(false);
  });
});
