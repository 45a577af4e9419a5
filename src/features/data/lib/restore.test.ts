import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import {
  liveAssessments,
  withAssessmentSaved,
  withBriefSaved,
} from '@/store/slices/checkup-records';
import { previewRestore, withBackupMerged, withBackupReplaced } from './restore';
import { describeCounts } from './wording';

const t = (n: number) => `2026-11-25T10:00:${String(n).padStart(2, '0')}.000Z`;

const here = () => withAssessmentSaved(initialPersisted(), { a: { level: 1 } }, undefined, t(1));
const backup = () => {
  let s = withAssessmentSaved(initialPersisted(), { a: { level: 3 } }, 'new-lead', t(2));
  s = withAssessmentSaved(s, { b: { level: null } }, 'new-lead', t(3));
  return withBriefSaved(s, { ask: 'a mentor', feedback: '', nextCheckIn: '' }, '2026-11-25', t(3));
};

describe('restoring check-ups and briefs', () => {
  it('counts them in the preview, in words', () => {
    const preview = previewRestore(here(), backup(), t(9));
    expect(preview.inBackup).toMatchObject({ checkups: 2, briefs: 1 });
    expect(preview.added).toMatchObject({ checkups: 2, briefs: 1 });
    expect(preview.removedByReplace).toMatchObject({ checkups: 1 });
    expect(describeCounts(preview.added)).toBe('2 check-up results, 1 1:1 brief');
  });

  it("Merge keeps the results of both sides; Replace leaves the backup's", () => {
    expect(liveAssessments(withBackupMerged(here(), backup(), t(9)))).toHaveLength(3);
    const replaced = withBackupReplaced(here(), backup(), t(9));
    expect(liveAssessments(replaced).map((r) => r.answers)).toEqual([
      { a: { level: 3 } },
      { b: { level: null } },
    ]);
    expect(Object.values(replaced.briefs)[0]?.ask).toBe('a mentor');
  });
});
