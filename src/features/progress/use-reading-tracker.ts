import { useEffect } from 'react';
import { useAppStore } from '@/store/app-store';

/** How long a reader stays on a topic, with the tab visible, before it counts as reading. */
export const READING_DWELL_MS = 45_000;

/**
 * Marks a topic "In progress", and lets "Continue" point at it, only once the reader has really
 * started reading: scrolled past the first section (the second section heading reached the
 * reading band) or stayed READING_DWELL_MS with the tab visible. A glance at a topic changes
 * neither. From then on it remembers which section the reader is in (the last heading to pass the
 * top third of the screen) for "Continue".
 */
export function useReadingTracker(topic: string, sectionIds: readonly string[]) {
  const markTopicStarted = useAppStore((state) => state.markTopicStarted);
  const rememberPosition = useAppStore((state) => state.rememberPosition);

  useEffect(() => {
    let reading = false;
    let currentSection: string | undefined;
    const startReading = () => {
      if (reading) return;
      reading = true;
      markTopicStarted(topic);
      rememberPosition(topic, currentSection);
    };
    const enterSection = (id: string, index: number) => {
      currentSection = id;
      if (index >= 1) startReading();
      if (reading) rememberPosition(topic, id);
    };

    // The dwell clock runs only while the tab is visible: a topic left open in a background tab
    // has not been read.
    let remaining = READING_DWELL_MS;
    let since = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startClock = () => {
      if (reading || timer !== undefined || document.visibilityState !== 'visible') return;
      since = Date.now();
      timer = setTimeout(startReading, remaining);
    };
    const stopClock = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      remaining = Math.max(0, remaining - (Date.now() - since));
    };
    const onVisibility = () =>
      document.visibilityState === 'visible' ? startClock() : stopClock();
    document.addEventListener('visibilitychange', onVisibility);
    startClock();

    let observer: IntersectionObserver | undefined;
    if (typeof IntersectionObserver !== 'undefined') {
      const headings = sectionIds.flatMap((id) => document.getElementById(id) ?? []);
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const index = sectionIds.indexOf(entry.target.id);
            // A heading above the band was passed too (a quick jump can skip the band entirely).
            const passed =
              entry.isIntersecting ||
              entry.boundingClientRect.bottom <= (entry.rootBounds?.top ?? 0);
            if (passed && index >= 0) enterSection(entry.target.id, index);
          }
        },
        // A band across the upper part of the screen: a heading entering it is what is being read.
        { rootMargin: '0px 0px -66% 0px' },
      );
      for (const heading of headings) observer.observe(heading);
    }

    return () => {
      stopClock();
      document.removeEventListener('visibilitychange', onVisibility);
      observer?.disconnect();
    };
  }, [topic, sectionIds, markTopicStarted, rememberPosition]);
}
