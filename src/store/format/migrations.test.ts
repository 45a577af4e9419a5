import { describe, expect, it } from 'vitest';
import { decodeSaved } from './decode';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import v4 from './fixtures/v4.json';
import v5 from './fixtures/v5.json';
import v6 from './fixtures/v6.json';
import { FutureVersionError, migrate, renameTopics, STORE_VERSION } from './migrations';
import type { PersistedState } from './persisted-state';

/** Every persisted version ever shipped, as it was saved. Add the old one when you bump. */
const fixtures: Record<number, { state: unknown; version: number }> = {
  1: v1,
  2: v2,
  3: v3,
  4: v4,
  5: v5,
  6: v6,
};
const NOW = '2026-11-25T12:00:00.000Z';
const decode = (fixture: unknown) => decodeSaved(JSON.stringify(fixture), NOW).state;

describe('migrations', () => {
  it('has a fixture for every version up to the current one', () => {
    for (let version = 1; version <= STORE_VERSION; version++)
      expect(fixtures[version]?.version).toBe(version);
  });

  for (const [version, fixture] of Object.entries(fixtures)) {
    it(`migrates version ${version} to a valid current state`, () => {
      const decoded = decodeSaved(JSON.stringify(fixture), NOW);
      expect(decoded.setAside).toBe(0);
      expect(decoded.problems).toEqual([]);
    });
  }

  it('version 1 keeps the theme and gains empty records', () => {
    const state = decode(v1);
    expect(state.preferences.theme).toBe('dark');
    expect(state).toMatchObject({
      progress: {},
      bookmarks: {},
      notes: {},
      experiments: {},
      assessments: {},
      briefs: {},
      lastPosition: null,
    });
  });

  // Versions before 5 gain the empty check-up and brief maps and lose nothing.
  const withNoCheckups = (state: object) => ({ ...state, assessments: {}, briefs: {} });

  it('version 2 loses no record on the way to the current version', () => {
    expect(decode(v2)).toEqual(withNoCheckups(v2.state));
  });

  it('version 3, conflicting copies included, loses no record on the way', () => {
    expect(decode(v3)).toEqual(withNoCheckups(v3.state));
  });

  it('version 4, skipped topics and reading preferences included, loses no record on the way', () => {
    expect(decode(v4)).toEqual(withNoCheckups(v4.state));
  });

  it('version 5, check-ups (one deleted), a brief and a profile included, reads back as saved', () => {
    expect(decode(v5)).toEqual(v5.state);
  });

  it('the current version, single-key shortcuts turned off included, reads back as saved', () => {
    expect(decode(v6)).toEqual(v6.state);
  });

  it('a check-up answer outside the five levels, or a malformed brief date, is set aside alone', () => {
    const result = v5.state.assessments['checkup-2026-11-22T09:00:00.000Z'];
    const bad = {
      ...v5,
      state: {
        ...v5.state,
        assessments: {
          ...v5.state.assessments,
          odd: { ...result, id: 'odd', answers: { x: { level: 7 } } },
        },
        briefs: {
          ...v5.state.briefs,
          'brief-2026-11-23': {
            ...v5.state.briefs['brief-2026-11-22'],
            id: 'brief-2026-11-23',
            nextCheckIn: 'soon',
          },
        },
      },
    };
    const decoded = decodeSaved(JSON.stringify(bad), NOW);
    expect(decoded.setAside).toBe(2);
    expect(decoded.state.assessments).toEqual(v5.state.assessments);
    expect(decoded.state.briefs).toEqual(v5.state.briefs);
  });

  it('refuses data from a newer version instead of guessing at it', () => {
    expect(() => migrate({}, STORE_VERSION + 1)).toThrow(FutureVersionError);
    expect(() => migrate({}, 0)).toThrow(/Unknown data version/);
  });

  it('carries records saved under a renamed slug to the new slug, keeping every one', () => {
    const state = decode(v2);
    const renamed = renameTopics(state, { 'fear-people-challenges': 'fear-the-people-side' });
    expect(Object.keys(renamed.progress).sort()).toEqual([
      'fear-the-people-side',
      'is-leadership-for-me',
    ]);
    expect(renamed.bookmarks['fear-the-people-side']).toMatchObject({
      topic: 'fear-the-people-side',
    });
    expect(renamed.notes['note-1']).toMatchObject({
      topic: 'fear-the-people-side',
      body: 'Ask Sam about the on-call rota.',
    });
    expect(renamed.lastPosition?.topic).toBe('fear-the-people-side');
    const count = (s: PersistedState) =>
      [s.progress, s.bookmarks, s.notes, s.experiments].map(
        (records) => Object.keys(records).length,
      );
    expect(count(renamed)).toEqual(count(state));
  });

  it('moves a reflection answer to the renamed topic under its new id', () => {
    const state = decode(v2);
    const renamed = renameTopics(state, { 'is-leadership-for-me': 'should-i-lead' });
    expect(renamed.notes['should-i-lead/energy-audit']).toMatchObject({
      promptId: 'energy-audit',
      topic: 'should-i-lead',
    });
    expect(renamed.notes['is-leadership-for-me/energy-audit']).toBeUndefined();
  });

  it('a topic named like an Object.prototype member is not renamed by accident', () => {
    const state = decode(v2);
    const odd = {
      ...state,
      progress: { ...state.progress, toString: { status: 'done' as const, updatedAt: NOW } },
    };
    const renamed = renameTopics(odd, { 'is-leadership-for-me': 'should-i-lead' });
    expect(renamed.progress['toString' as string]?.status).toBe('done');
  });
});
