import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import type { TopicOutline, TopicSummary } from '@/content/topic';
import { formatDate } from '@/lib/format-date';
import { useAppStore } from '@/store/app-store';
import { selectBookmarkList } from '../selectors';

type Props = {
  topics: readonly TopicSummary[];
  outlines: readonly TopicOutline[];
  hrefFor: (slug: string, section?: string) => string;
  emptyHref: string;
};

export function BookmarkList({ topics, outlines, hrefFor, emptyHref }: Props) {
  const bookmarks = useAppStore(useShallow(selectBookmarkList));
  const removeBookmark = useAppStore((state) => state.removeBookmark);

  if (bookmarks.length === 0) {
    return (
      <div className="empty-state card">
        <p>
          You have no bookmarks yet. On any topic, use <strong>Bookmark this topic</strong>, or the
          star beside a section heading, to keep a place you want to come back to.
        </p>
        <Link className="button button--primary" to={emptyHref}>
          Browse the journey
        </Link>
      </div>
    );
  }

  return (
    <ul className="bookmark-list">
      {bookmarks.map((bookmark) => {
        const topic = topics.find((t) => t.slug === bookmark.topic);
        const section = outlines
          .find((outline) => outline.slug === bookmark.topic)
          ?.sections.find((s) => s.id === bookmark.section);
        const topicTitle = topic?.title ?? bookmark.topic;
        const name = section ? `${topicTitle}: ${section.title}` : topicTitle;
        return (
          <li key={bookmark.id} className="bookmark card">
            <div>
              <Link to={hrefFor(bookmark.topic, bookmark.section)} className="bookmark__link">
                {section ? section.title : topicTitle}
              </Link>
              <p className="muted bookmark__meta">
                {section ? `In ${topicTitle} · ` : 'Whole topic · '}saved{' '}
                {formatDate(bookmark.createdAt)}
              </p>
            </div>
            <button
              type="button"
              className="button"
              aria-label={`Remove bookmark: ${name}`}
              onClick={() => removeBookmark(bookmark.id)}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}
