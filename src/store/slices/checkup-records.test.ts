import { describe, expect, it } from 'vitest';
import { mergeStates } from '@/store/format/merge';
import { initialPersisted } from '@/store/format/persisted-state';
import {
  assessmentId,
  latestBrief,
  liveAssessments,
  withAssessmentDeleted,
  withAssessmentRestored,
  withAssessmentSaved,
  withBriefSaved,
} from './checkup-records';

const t = (day: number, n = 0) =>
  `2026-11-${String(day).padStart(2, '0')}T10:00:${String(n).padStart(2, '0')}.000Z`;

describe('check-up results', () => {
  it('keeps each check-up as its own dated record, oldest first', () => {
    let s = withAssessmentSaved(initialPersisted(), { a: { level: 1 } }, 'new-lead', t(20));
    s = withAssessmentSaved(s, { a: { level: 3, evidence: 'ran two retros' } }, undefined, t(24));
    expect(liveAssessments(s).map((r) => r.takenAt)).toEqual([t(20), t(24)]);
    expect(liveAssessments(s)[0]).toEqual({
      id: assessmentId(t(20)),
      takenAt: t(20),
      profile: 'new-lead',
      answers: { a: { level: 1 } },
      updatedAt: t(20),
    });
  });

  it('a deleted result keeps no answers, and Undo brings it back over its tombstone in every tab', () => {
    const saved = withAssessmentSaved(initialPersisted(), { a: { level: 2 } }, undefined, t(20));
    const [result] = liveAssessments(saved);
    if (!result) throw new Error('no result');
    const deleted = withAssessmentDeleted(saved, result.id, t(21));
    expect(liveAssessments(deleted)).toEqual([]);
    expect(deleted.assessments[result.id]).toMatchObject({ answers: {}, deletedAt: t(21) });

    const undone = withAssessmentRestored(deleted, result, t(21, 5));
    expect(liveAssessments(undone)).toEqual([{ ...result, updatedAt: t(21, 5) }]);
    // Another tab still holding the tombstone adopts the undo.
    expect(liveAssessments(mergeStates(deleted, undone))).toHaveLength(1);
  });

  it('results taken in two tabs both stay after a merge', () => {
    const one = withAssessmentSaved(initialPersisted(), { a: { level: 0 } }, undefined, t(20, 1));
    const two = withAssessmentSaved(initialPersisted(), { a: { level: 4 } }, undefined, t(20, 2));
    expect(liveAssessments(mergeStates(one, two))).toHaveLength(2);
  });
});

describe('1:1 brief fields', () => {
  it('keeps one record a day, and the next brief starts from the latest', () => {
    let s = withBriefSaved(
      initialPersisted(),
      { ask: 'more design work', feedback: '', nextCheckIn: '' },
      '2026-11-10',
      t(10),
    );
    s = withBriefSaved(
      s,
      { ask: 'lead the migration', feedback: 'straight', nextCheckIn: '2026-12-01' },
      '2026-11-10',
      t(10, 30),
    );
    expect(Object.keys(s.briefs)).toEqual(['brief-2026-11-10']);
    s = withBriefSaved(
      s,
      { ask: 'a mentor', feedback: 'straight', nextCheckIn: '' },
      '2026-11-17',
      t(17),
    );
    expect(latestBrief(s)).toMatchObject({ id: 'brief-2026-11-17', ask: 'a mentor' });
    expect(s.briefs['brief-2026-11-10']).toMatchObject({
      ask: 'lead the migration',
      createdAt: t(10),
      updatedAt: t(10, 30),
    });
  });

  it('keeps a next check-in only as a calendar date, so the saved data always passes its check', () => {
    const s = withBriefSaved(
      initialPersisted(),
      { ask: 'x', feedback: '', nextCheckIn: 'next week' },
      '2026-11-10',
      t(10),
    );
    expect(s.briefs['brief-2026-11-10']?.nextCheckIn).toBe('');
  });

  it('writing the same fields again changes nothing', () => {
    const fields = { ask: 'x', feedback: 'y', nextCheckIn: '' };
    const s = withBriefSaved(initialPersisted(), fields, '2026-11-10', t(10));
    expect(withBriefSaved(s, fields, '2026-11-10', t(10, 9))).toBe(s);
  });
});
