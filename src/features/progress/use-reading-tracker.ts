import { useEffect } from 'react';
import { useAppStore } from '@/store/app-store';

/**
 * Marks a topic "In progress" the first time it is opened, and remembers which section the
 * reader is in (the last heading to pass the top third of the screen) for "Continue".
 */
export function useReadingTracker(topic: string, sectionIds: readonly string[]) {
  const markTopicOpened = useAppStore((state) => state.markTopicOpened);
  const rememberPosition = useAppStore((state) => state.rememberPosition);

  useEffect(() => {
    markTopicOpened(topic);
    const current = useAppStore.getState().lastPosition;
    if (current?.topic !== topic) rememberPosition(topic);
  }, [topic, markTopicOpened, rememberPosition]);

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const headings = sectionIds.flatMap((id) => document.getElementById(id) ?? []);
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) rememberPosition(topic, entry.target.id);
        }
      },
      // A band across the upper part of the screen: a heading entering it is what is being read.
      { rootMargin: '0px 0px -66% 0px' },
    );
    for (const heading of headings) observer.observe(heading);
    return () => observer.disconnect();
  }, [topic, sectionIds, rememberPosition]);
}
