import { useAppStore } from '@/store/app-store';
import { selectIsBookmarked } from '../selectors';

/**
 * A toggle whose name always starts with "Bookmark" and says what it bookmarks, in visible text
 * ("Bookmark section: {title}"); aria-pressed tells whether it is saved, so the name does not
 * change under the reader's focus.
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
          ? 'bookmark-button bookmark-button--section no-print js-only'
          : 'bookmark-button button no-print js-only'
      }
      aria-pressed={bookmarked}
      title={section ? `Bookmark ${what}` : undefined}
      onClick={() => toggleBookmark(topic, section)}
    >
      <span aria-hidden="true" className="bookmark-button__icon">
        {bookmarked ? '★' : '☆'}
      </span>
      {/* A section's label can be long: CSS shortens it with an ellipsis, the tooltip shows it whole. */}
      <span className={section ? 'bookmark-button__label' : undefined}>Bookmark {what}</span>
    </button>
  );
}
