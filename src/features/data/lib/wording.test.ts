import { describe, expect, it } from 'vitest';
import { countsAreEmpty, describeCounts, formatBytes } from './wording';

const counts = (
  notes: number,
  bookmarks: number,
  statuses: number,
  experiments: number,
  checkups = 0,
  briefs = 0,
) => ({ notes, bookmarks, statuses, experiments, checkups, briefs });

describe('describeCounts', () => {
  it('lists only the kinds there are, singular or plural', () => {
    expect(describeCounts(counts(1, 1, 1, 0))).toBe('1 note, 1 bookmark, 1 reading status');
    expect(describeCounts(counts(2, 0, 3, 1))).toBe(
      '2 notes, 3 reading statuses, 1 experiment log',
    );
    expect(describeCounts(counts(0, 0, 0, 4))).toBe('4 experiment logs');
    expect(describeCounts(counts(0, 0, 0, 0, 2, 1))).toBe('2 check-up results, 1 1:1 brief');
  });

  it('says "nothing" instead of a row of zeros', () => {
    expect(describeCounts(counts(0, 0, 0, 0))).toBe('nothing');
    expect(countsAreEmpty(counts(0, 0, 0, 0))).toBe(true);
    expect(countsAreEmpty(counts(0, 1, 0, 0))).toBe(false);
    expect(countsAreEmpty(counts(0, 0, 0, 0, 1))).toBe(false);
  });
});

describe('formatBytes', () => {
  it('uses the unit a person would', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(50 * 1024)).toBe('50 KB');
    expect(formatBytes(10240 * 1024 * 1024)).toBe('10 GB');
    expect(formatBytes(2.25 * 1024 * 1024)).toBe('2.3 MB');
  });

  it('never says "1024 KB" or a negative size', () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe('1 MB');
    expect(formatBytes(-5)).toBe('0 bytes');
  });
});
