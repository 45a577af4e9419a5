import { type MouseEvent, useEffect, useState } from 'react';

/**
 * "Back to top", shown once the article's heading has scrolled out of view. It jumps at once
 * (an animated trip back through a 14,000 px article helps nobody) and puts focus on the heading,
 * so keyboard and screen reader users start again from the top too.
 */
export function BackToTop({ headingId }: { headingId: string }) {
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const heading = document.getElementById(headingId);
    if (!heading || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry) setShown(!entry.isIntersecting && entry.boundingClientRect.top < 0);
    });
    observer.observe(heading);
    return () => observer.disconnect();
  }, [headingId]);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.scrollTo({ top: 0, behavior: 'instant' });
    const heading = document.getElementById(headingId);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  };

  if (!shown) return null;
  return (
    <a className="back-to-top no-print" href={`#${headingId}`} onClick={onClick}>
      <span aria-hidden="true">↑ </span>Back to top
    </a>
  );
}
