import { useAppStore } from '@/store/app-store';
import { selectIsBookmarked } from '../selectors';

/**
 * A toggle whose name always starts with "Bookmark" and says what it bookmarks; aria-pressed
 * tells whether it is saved, so the name does not change under the reader's focus.
 */
export function BookmarkButton({
  topic,
  section,
  what,
}: {
  topic: string;
  section?: string;
  what: string;
}) {
  const bookmarked = useAppStore(selectIsBookmarked(topic, section));
  const toggleBookmark = useAppStore((state) => state.toggleBookmark);
  return (
    <button
      type="button"
      className={
        section
          ? 'bookmark-button bookmark-button--section no-print'
          : 'bookmark-button button no-print'
      }
      aria-pressed={bookmarked}
      onClick={() => toggleBookmark(topic, section)}
    >
      <span aria-hidden="true" className="bookmark-button__icon">
        {bookmarked ? '★' : '☆'}
      </span>
      <span className={section ? 'visually-hidden' : undefined}>Bookmark {what}</span>
    </button>
  );
}
