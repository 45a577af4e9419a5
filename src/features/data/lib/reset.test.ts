import { describe, expect, it } from 'vitest';
import { mergeStates } from '@/store/format/merge';
import { initialPersisted } from '@/store/format/persisted-state';
import { withBookmarkToggled } from '@/store/slices/bookmarks-slice';
import { withAssessmentSaved, withBriefSaved } from '@/store/slices/checkup-records';
import { withExperimentLogged } from '@/store/slices/experiments-slice';
import { withNoteSaved } from '@/store/slices/notes-slice';
import { withPosition } from '@/store/slices/position-slice';
import { withProfile } from '@/store/slices/preferences-slice';
import { withStatus } from '@/store/slices/progress-slice';
import { withEverythingReset, withTopicReset } from './reset';
import { withBackupReplaced } from './restore';

const t = (n: number) => `2026-11-25T10:00:${String(n).padStart(2, '0')}.000Z`;

const reader = () => {
  let s = initialPersisted();
  s = withStatus(s, 'a', 'done', t(1));
  s = withStatus(s, 'b', 'in-progress', t(1));
  s = withBookmarkToggled(s, 'a', undefined, t(2));
  s = withNoteSaved(s, { id: 'a/p', topic: 'a', promptId: 'p', body: 'answer a' }, t(3));
  s = withNoteSaved(s, { id: 'n-b', topic: 'b', body: 'note b' }, t(3));
  s = withExperimentLogged(s, 'a', 'x', { tried: true, feeling: 'energising', why: 'fun' }, t(4));
  s = withPosition(s, 'a', 'intro', t(5));
  s = withAssessmentSaved(s, { q: { level: 3, evidence: 'led the retro' } }, undefined, t(6));
  s = withBriefSaved(
    s,
    { ask: 'a stretch project', feedback: 'in writing', nextCheckIn: '' },
    '2026-11-25',
    t(6),
  );
  return s;
};

describe('reset', () => {
  it('resets one topic to tombstones and leaves the others alone', () => {
    const reset = withTopicReset(reader(), 'a', t(9));
    expect(reset.progress.a).toEqual({ status: 'not-started', updatedAt: t(9) });
    expect(reset.progress.b?.status).toBe('in-progress');
    expect(reset.bookmarks.a?.deletedAt).toBe(t(9));
    expect(reset.notes['a/p']).toMatchObject({ body: '', deletedAt: t(9) });
    expect(reset.notes['n-b']?.body).toBe('note b');
    expect(reset.experiments.x).toEqual({
      id: 'x',
      topic: 'a',
      tried: false,
      why: '',
      updatedAt: t(9),
    });
    expect(reset.lastPosition).toBeNull();
    // A check-up and a brief span every topic: a topic's reset leaves them.
    expect(Object.values(reset.assessments)[0]?.deletedAt).toBeUndefined();
    expect(Object.values(reset.briefs)[0]?.ask).toBe('a stretch project');
  });

  it('a reset of everything removes check-ups, briefs and the profile, keeping their tombstones', () => {
    const reset = withEverythingReset(withProfile(reader(), 'new-lead', t(5)), t(9));
    expect(reset.preferences.profile).toBeUndefined();
    const [result] = Object.values(reset.assessments);
    expect(result).toMatchObject({ answers: {}, deletedAt: t(9), updatedAt: t(9) });
    const [brief] = Object.values(reset.briefs);
    expect(brief).toMatchObject({ ask: '', feedback: '', deletedAt: t(9) });
    // An older copy from another tab cannot bring them back.
    const merged = mergeStates(reset, reader());
    expect(Object.values(merged.assessments).every((r) => r.deletedAt)).toBe(true);
    expect(Object.values(merged.briefs).every((b) => b.deletedAt)).toBe(true);
  });

  it('resets everything but the theme, and the reset survives a merge with an older copy', () => {
    const before = reader();
    const reset = withEverythingReset(
      { ...before, preferences: { theme: 'dark', updatedAt: t(1) } },
      t(9),
    );
    expect(reset.preferences.theme).toBe('dark');
    const merged = mergeStates(reset, before);
    expect(Object.values(merged.notes).every((note) => note.deletedAt)).toBe(true);
    expect(Object.values(merged.progress).every((p) => p.status === 'not-started')).toBe(true);
  });
});

describe('withBackupReplaced', () => {
  it('takes the backup, stamped now, and tombstones what only this browser had', () => {
    const backup = withNoteSaved(
      initialPersisted(),
      { id: 'n-new', topic: 'c', body: 'from backup' },
      t(7),
    );
    const replaced = withBackupReplaced(reader(), backup, t(9));
    expect(replaced.notes['n-new']).toEqual({ ...backup.notes['n-new'], updatedAt: t(9) });
    expect(replaced.notes['n-b']).toMatchObject({ deletedAt: t(9), body: '' });
    expect(replaced.progress.a?.status).toBe('not-started');
  });

  it('replacing a state with itself keeps every text', () => {
    const state = reader();
    const replaced = withBackupReplaced(state, state, t(9));
    expect(Object.values(replaced.notes).map((n) => n.body)).toEqual(
      Object.values(state.notes).map((n) => n.body),
    );
  });
});
