import { useEffect, useRef } from 'react';
import { readingProgress } from '@/lib/scroll-position';

/**
 * A thin bar at the top of the viewport showing how far through the enclosing <article> the
 * reader is. Decorative (aria-hidden): the table of contents already says where they are, and a
 * live value would be announced on every scroll. It measures at most once a frame and writes a
 * CSS variable directly, so scrolling never re-renders React.
 */
export function ReadingProgress() {
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = bar.current;
    const article = element?.closest('article');
    if (!element || !article) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const rect = article.getBoundingClientRect();
      const progress = readingProgress(rect.top, rect.height, window.innerHeight);
      element.style.setProperty('--progress', progress.toFixed(4));
      element.dataset.progress = String(Math.round(progress * 100));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    // Answers and notes grow the article as the reader types.
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    resize?.observe(article);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resize?.disconnect();
    };
  }, []);

  return (
    <div className="reading-progress no-print" aria-hidden="true">
      <div ref={bar} className="reading-progress__bar" data-progress="0" />
    </div>
  );
}
