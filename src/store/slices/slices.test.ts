import { describe, expect, it } from 'vitest';
import { mergeStates } from '@/store/format/merge';
import { initialPersisted } from '@/store/format/persisted-state';
import { isBookmarked, withBookmarkRemoved, withBookmarkToggled } from './bookmarks-slice';
import { withExperimentLogged } from './experiments-slice';
import { answerId, withNoteDeleted, withNoteSaved } from './notes-slice';
import { withPosition } from './position-slice';
import { withReadingPreference, withTheme } from './preferences-slice';
import { withStatus, withTopicStarted } from './progress-slice';

const t = (n: number) => `2026-11-25T10:00:${String(n).padStart(2, '0')}.000Z`;
const empty = initialPersisted();

describe('progress', () => {
  it('records status changes with start and completion times', () => {
    const started = withStatus(empty, 'a', 'in-progress', t(1));
    expect(started.progress.a).toEqual({ status: 'in-progress', updatedAt: t(1), startedAt: t(1) });
    const done = withStatus(started, 'a', 'done', t(2));
    expect(done.progress.a).toEqual({
      status: 'done',
      updatedAt: t(2),
      startedAt: t(1),
      completedAt: t(2),
    });
    const reset = withStatus(done, 'a', 'not-started', t(3));
    expect(reset.progress.a).toEqual({ status: 'not-started', updatedAt: t(3) });
  });

  it('starting to read a topic marks it in progress only the first time', () => {
    const started = withTopicStarted(empty, 'a', t(1));
    expect(started.progress.a?.status).toBe('in-progress');
    const reset = withStatus(started, 'a', 'not-started', t(2));
    expect(withTopicStarted(reset, 'a', t(3))).toBe(reset);
  });
});

describe('bookmarks', () => {
  it('toggles a topic or section bookmark on and off, leaving a tombstone', () => {
    const on = withBookmarkToggled(empty, 'a', 'intro', t(1));
    expect(isBookmarked(on, 'a', 'intro')).toBe(true);
    expect(isBookmarked(on, 'a')).toBe(false);
    const off = withBookmarkToggled(on, 'a', 'intro', t(2));
    expect(isBookmarked(off, 'a', 'intro')).toBe(false);
    expect(off.bookmarks['a#intro']?.deletedAt).toBe(t(2));
    const again = withBookmarkToggled(off, 'a', 'intro', t(3));
    expect(again.bookmarks['a#intro']).toEqual({
      id: 'a#intro',
      topic: 'a',
      section: 'intro',
      createdAt: t(3),
      updatedAt: t(3),
    });
  });

  it('removes a bookmark by id', () => {
    const on = withBookmarkToggled(empty, 'a', undefined, t(1));
    expect(isBookmarked(withBookmarkRemoved(on, 'a', t(2)), 'a')).toBe(false);
  });
});

describe('notes', () => {
  const id = answerId('a', 'p');
  it('saves an answer, keeping its creation time across edits', () => {
    const first = withNoteSaved(empty, { id, topic: 'a', promptId: 'p', body: 'x' }, t(1));
    const second = withNoteSaved(first, { id, topic: 'a', promptId: 'p', body: 'xy' }, t(2));
    expect(second.notes[id]).toEqual({
      id,
      topic: 'a',
      promptId: 'p',
      body: 'xy',
      createdAt: t(1),
      updatedAt: t(2),
    });
    expect(withNoteSaved(second, { id, topic: 'a', promptId: 'p', body: 'xy' }, t(3))).toBe(second);
  });
});

describe('experiments', () => {
  it('logs trying an experiment, how it felt and why', () => {
    const tried = withExperimentLogged(empty, 'a', 'x', { tried: true }, t(1));
    const felt = withExperimentLogged(
      tried,
      'a',
      'x',
      { feeling: 'draining', why: 'Too many meetings.' },
      t(2),
    );
    expect(felt.experiments.x).toEqual({
      id: 'x',
      topic: 'a',
      tried: true,
      triedAt: t(1),
      feeling: 'draining',
      why: 'Too many meetings.',
      updatedAt: t(2),
    });
  });
});

describe('position and preferences', () => {
  it('remembers the last topic and section', () => {
    const state = withPosition(empty, 'a', 's', t(1));
    expect(state.lastPosition).toEqual({ topic: 'a', section: 's', updatedAt: t(1) });
    expect(withPosition(state, 'a', 's', t(2))).toBe(state);
  });

  it('stamps a theme choice', () => {
    expect(withTheme(empty, 'dark', t(1)).preferences).toEqual({ theme: 'dark', updatedAt: t(1) });
  });

  it('stamps a reading preference and keeps the others', () => {
    const larger = withReadingPreference(empty, 'textSize', 'x-large', t(1));
    expect(larger.preferences).toEqual({ theme: 'system', textSize: 'x-large', updatedAt: t(1) });
    const sans = withReadingPreference(withTheme(larger, 'dark', t(2)), 'font', 'sans', t(3));
    expect(sans.preferences).toEqual({
      theme: 'dark',
      textSize: 'x-large',
      font: 'sans',
      updatedAt: t(3),
    });
    const wide = withReadingPreference(sans, 'lineLength', 'wide', t(4));
    expect(wide.preferences.lineLength).toBe('wide');
    expect(withReadingPreference(wide, 'textSize', 'small', t(5)).preferences).toMatchObject({
      textSize: 'small',
      lineLength: 'wide',
      font: 'sans',
      updatedAt: t(5),
    });
    expect(empty.preferences).toEqual({ theme: 'system', updatedAt: expect.any(String) });
  });
});

describe('mergeStates', () => {
  it('keeps what each tab wrote and the newer of what both wrote', () => {
    const tabA = withNoteSaved(
      withStatus(empty, 'a', 'done', t(5)),
      { id: 'n1', topic: 'a', body: 'from A' },
      t(1),
    );
    const tabB = withNoteSaved(
      withStatus(empty, 'a', 'in-progress', t(2)),
      { id: 'n2', topic: 'a', body: 'from B' },
      t(3),
    );
    const merged = mergeStates(tabA, tabB);
    expect(merged.notes.n1?.body).toBe('from A');
    expect(merged.notes.n2?.body).toBe('from B');
    expect(merged.progress.a?.status).toBe('done');
    expect(mergeStates(tabB, tabA)).toEqual(merged);
  });

  it('lets a newer deletion win over an older copy of the note', () => {
    const saved = withNoteSaved(empty, { id: 'n', topic: 'a', body: 'text' }, t(1));
    const deleted = withNoteDeleted(saved, 'n', t(2));
    expect(mergeStates(saved, deleted).notes.n?.deletedAt).toBe(t(2));
  });
});
