import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { PageToast } from '@/components/ui/page-toast';
import type { TopicOutline, TopicSummary } from '@/content/topic';
import { formatDate } from '@/lib/format-date';
import { useAppStore } from '@/store/app-store';
import type { BookmarkRecord } from '@/store/slices/bookmarks-slice';
import { withBookmarkRestored } from '../lib/bookmark-restore';
import { selectBookmarkList } from '../selectors';
import { BookmarkUndoToast } from './bookmark-undo-toast';

type Props = {
  topics: readonly TopicSummary[];
  outlines: readonly TopicOutline[];
  hrefFor: (slug: string, section?: string) => string;
  emptyHref: string;
  /** The page heading above the list: focus goes there when the last bookmark is removed. */
  headingId: string;
};

export function BookmarkList({ topics, outlines, hrefFor, emptyHref, headingId }: Props) {
  const bookmarks = useAppStore(useShallow(selectBookmarkList));
  const removeBookmark = useAppStore((state) => state.removeBookmark);
  const updateRecords = useAppStore((state) => state.updateRecords);
  const [removed, setRemoved] = useState<{ record: BookmarkRecord; name: string } | null>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  // A bookmark brought back by Undo: its Remove button takes focus once it is rendered again.
  const [focusAfterUndo, setFocusAfterUndo] = useState<string | null>(null);

  const nameOf = (bookmark: BookmarkRecord) => {
    const topicTitle = topics.find((t) => t.slug === bookmark.topic)?.title ?? bookmark.topic;
    const section = outlines
      .find((outline) => outline.slug === bookmark.topic)
      ?.sections.find((s) => s.id === bookmark.section);
    return { topicTitle, section, name: section ? `${topicTitle}: ${section.title}` : topicTitle };
  };

  const remove = (index: number) => {
    const bookmark = bookmarks[index];
    if (!bookmark) return;
    // Focus moves before the item goes, so it never falls to the page: to the next bookmark's
    // Remove, else the previous one's, else the heading above the list.
    const neighbour = bookmarks[index + 1] ?? bookmarks[index - 1];
    const target = neighbour
      ? removeButtons.current.get(neighbour.id)
      : document.getElementById(headingId);
    if (target && !neighbour && !target.hasAttribute('tabindex'))
      target.setAttribute('tabindex', '-1');
    target?.focus();
    setRemoved({ record: bookmark, name: nameOf(bookmark).name });
    removeBookmark(bookmark.id);
  };

  const undo = () => {
    if (!removed) return;
    const { record } = removed;
    updateRecords((state, now) => withBookmarkRestored(state, record, now));
    setRemoved(null);
    setFocusAfterUndo(record.id);
  };
  const expire = useCallback(() => setRemoved(null), []);

  useEffect(() => {
    if (!focusAfterUndo) return;
    removeButtons.current.get(focusAfterUndo)?.focus();
    setFocusAfterUndo(null);
  }, [focusAfterUndo]);

  return (
    <>
      {bookmarks.length === 0 ? (
        <div className="empty-state card">
          <p>
            You have no bookmarks yet. On any topic, use <strong>Bookmark this topic</strong>, or
            the star beside a section heading, to keep a place you want to come back to.
          </p>
          <Link className="button button--primary" to={emptyHref}>
            Browse the journey
          </Link>
        </div>
      ) : (
        <ul className="bookmark-list">
          {bookmarks.map((bookmark, index) => {
            const { topicTitle, section, name } = nameOf(bookmark);
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
                  ref={(button) => {
                    if (button) removeButtons.current.set(bookmark.id, button);
                    else removeButtons.current.delete(bookmark.id);
                  }}
                  type="button"
                  className="button"
                  aria-label={`Remove bookmark: ${name}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <PageToast>
        {removed && <BookmarkUndoToast name={removed.name} onUndo={undo} onExpire={expire} />}
      </PageToast>
    </>
  );
}
