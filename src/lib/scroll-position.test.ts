import { describe, expect, it } from 'vitest';
import { currentHeadingIndex, readingProgress } from './scroll-position';

describe('currentHeadingIndex', () => {
  it('is -1 while every heading is still below the line', () => {
    expect(currentHeadingIndex([400, 900, 1500], 250)).toBe(-1);
  });

  it('is the last heading at or above the line', () => {
    expect(currentHeadingIndex([-900, -200, 250, 700], 250)).toBe(2);
    expect(currentHeadingIndex([-900, -200, 251, 700], 250)).toBe(1);
  });

  it('is the last heading once the reader is past them all', () => {
    expect(currentHeadingIndex([-3000, -2000, -10], 250)).toBe(2);
  });

  it('is -1 for no headings', () => {
    expect(currentHeadingIndex([], 250)).toBe(-1);
  });
});

describe('readingProgress', () => {
  it('is 0 with the top of the article at or below the top of the viewport', () => {
    expect(readingProgress(120, 5000, 800)).toBe(0);
    expect(readingProgress(0, 5000, 800)).toBe(0);
  });

  it('grows with the distance scrolled into the article', () => {
    expect(readingProgress(-2100, 5000, 800)).toBeCloseTo(0.5);
  });

  it('is 1 once the article has scrolled to its end, and never more', () => {
    expect(readingProgress(-4200, 5000, 800)).toBe(1);
    expect(readingProgress(-9000, 5000, 800)).toBe(1);
  });

  it('handles an article shorter than the viewport', () => {
    expect(readingProgress(40, 500, 800)).toBe(0);
    expect(readingProgress(-10, 500, 800)).toBe(1);
  });
});
