/**
 * Where the reader is in a long page, from measured positions. Kept pure so the rules (which
 * heading counts as current, how far through the article they are) are tested without a browser.
 */

/** The share of the viewport's height, from its top, past which a heading counts as read into. */
export const READING_LINE = 0.3;

/**
 * The index of the last heading whose top has crossed the reading line (`tops` in page order,
 * relative to the viewport), or -1 while the reader is still above the first one.
 */
export const currentHeadingIndex = (tops: readonly number[], line: number): number => {
  let current = -1;
  for (const [index, top] of tops.entries()) {
    if (top <= line) current = index;
    else break;
  }
  return current;
};

/**
 * How far through an element the reader has scrolled, from 0 (its top at the viewport's top or
 * below) to 1 (its bottom at the viewport's bottom or above).
 */
export const readingProgress = (top: number, height: number, viewport: number): number => {
  const scrollable = height - viewport;
  if (scrollable <= 0) return top <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -top / scrollable));
};
