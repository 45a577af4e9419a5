import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { futureTime, NOW, persistedState } from '@/testing/arbitraries';
import { PROTOTYPE_NAMES } from '@/testing/prototype-names';
import { decodeSaved, decodeState } from './decode';
import { encodeSaved } from './persisted-state';
import { UnreadableDataError } from './unreadable-error';
import { STORE_VERSION } from './version';

const note = (id: string, body: string, extra: Record<string, unknown> = {}) => ({
  id,
  topic: 't',
  body,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  ...extra,
});
const saved = (state: Record<string, unknown>) =>
  JSON.stringify({
    version: STORE_VERSION,
    state: {
      preferences: { theme: 'dark', updatedAt: '2026-01-01T00:00:00.000Z' },
      progress: {},
      bookmarks: {},
      notes: {},
      experiments: {},
      lastPosition: null,
      ...state,
    },
  });

describe('decoding saved data', () => {
  it('reads back anything the app writes, unchanged', () => {
    fc.assert(
      fc.property(persistedState, (state) => {
        const decoded = decodeSaved(encodeSaved(state), NOW);
        expect(decoded.state).toEqual(JSON.parse(JSON.stringify(state)));
        expect(decoded.repaired).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('one malformed record is set aside; every valid record is kept', () => {
    const decoded = decodeSaved(
      saved({
        bookmarks: { broken: { id: 'broken', topic: 42 } },
        notes: { a: note('a', 'kept one'), b: note('b', 'kept two') },
      }),
      NOW,
    );
    expect(decoded.setAside).toBe(1);
    expect(decoded.problems[0]).toMatch(/^bookmarks\.broken/);
    expect(Object.values(decoded.state.notes).map((n) => n.body)).toEqual(['kept one', 'kept two']);
    expect(decoded.state.preferences.theme).toBe('dark');
  });

  it('counts a list where a map belongs, a bad preference and a bad place, and keeps the rest', () => {
    const decoded = decodeSaved(
      saved({
        preferences: { theme: 'purple' },
        lastPosition: { topic: 7 },
        experiments: [1, 2],
        notes: { a: note('a', 'kept') },
      }),
      NOW,
    );
    expect(decoded.setAside).toBe(3);
    expect(decoded.state.notes.a?.body).toBe('kept');
    expect(decoded.state.preferences.theme).toBe('system');
    expect(decoded.state.lastPosition).toBeNull();
  });

  it('refuses only what cannot be read at all', () => {
    expect(() => decodeSaved('{"state":', NOW)).toThrow(UnreadableDataError);
    expect(() => decodeSaved('[]', NOW)).toThrow(/shape this app writes/);
    expect(() =>
      decodeSaved(saved({}).replace(`"version":${STORE_VERSION}`, '"version":99'), NOW),
    ).toThrow(/newer version/);
  });

  it('clamps any time from the future to the time it arrives', () => {
    fc.assert(
      fc.property(persistedState, futureTime, (state, future) => {
        const skewed = JSON.parse(encodeSaved(state).replaceAll(/"\d{4}-[^"]*Z"/g, `"${future}"`));
        const decoded = decodeSaved(JSON.stringify(skewed), NOW);
        const times = JSON.stringify(decoded.state).match(/\d{4}-\d\d-\d\dT[^"]*Z/g) ?? [];
        for (const time of times) expect(time <= NOW).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('clamps a year past 9999, which would otherwise sort as the past', () => {
    const decoded = decodeSaved(
      saved({ notes: { a: note('a', 'x', { createdAt: '9999-12-31T23:59:59-23:59' }) } }),
      NOW,
    );
    expect(decoded.state.notes.a?.createdAt).toBe(NOW);
    expect(decodeSaved(encodeSaved(decoded.state), NOW).setAside).toBe(0);
  });

  it('a time clamped from the future is not a repair that forces a write', () => {
    const decoded = decodeSaved(
      saved({ notes: { a: note('a', 'x', { updatedAt: '2099-01-01T00:00:00.000Z' }) } }),
      NOW,
    );
    expect(decoded.state.notes.a?.updatedAt).toBe(NOW);
    expect(decoded.repaired).toBe(false);
  });

  it('writes every time as the app does, so times compare as text', () => {
    const decoded = decodeSaved(
      saved({ notes: { a: note('a', 'x', { updatedAt: '2026-01-02T01:00:00+01:00' }) } }),
      NOW,
    );
    expect(decoded.state.notes.a?.updatedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(decoded.repaired).toBe(true);
  });

  it('reconciles keys and ids: a note lives under its key', () => {
    const decoded = decodeSaved(saved({ notes: { a: note('not-a', 'text') } }), NOW);
    expect(decoded.state.notes.a).toMatchObject({ id: 'a', body: 'text' });
  });

  it('a second answer to one prompt becomes a conflicting copy beside the first', () => {
    const decoded = decodeSaved(
      saved({
        notes: {
          't/p': note('t/p', 'first answer', { promptId: 'p' }),
          stray: note('stray', 'second answer', { promptId: 'p' }),
        },
      }),
      NOW,
    );
    const notes = Object.values(decoded.state.notes);
    expect(notes.find((n) => n.id === 't/p')?.body).toBe('first answer');
    expect(notes.find((n) => n.conflictOf === 't/p')?.body).toBe('second answer');
    expect(notes).toHaveLength(2);
  });

  it('an answer under the wrong key moves to its prompt when that place is empty', () => {
    const decoded = decodeSaved(
      saved({ notes: { stray: note('stray', 'my answer', { promptId: 'p' }) } }),
      NOW,
    );
    expect(Object.keys(decoded.state.notes)).toEqual(['t/p']);
    expect(decoded.state.notes['t/p']).toMatchObject({ id: 't/p', body: 'my answer' });
  });

  it('a bookmark moves to the key of its place', () => {
    const decoded = decodeState(
      {
        ...JSON.parse(saved({})).state,
        bookmarks: {
          wrong: {
            id: 'wrong',
            topic: 't',
            section: 's',
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
        },
      },
      STORE_VERSION,
      NOW,
    );
    expect(Object.keys(decoded.state.bookmarks)).toEqual(['t#s']);
  });

  it.each(PROTOTYPE_NAMES)('a record keyed "%s" is an ordinary record', (name) => {
    const decoded = decodeSaved(
      saved({
        notes: { [name]: note(name, `note ${name}`) },
        progress: { [name]: { status: 'done', updatedAt: '2026-01-01T00:00:00.000Z' } },
      }),
      NOW,
    );
    expect(decoded.setAside).toBe(0);
    expect(Object.getPrototypeOf(decoded.state.notes)).toBeNull();
    expect(decoded.state.notes[name]?.body).toBe(`note ${name}`);
    expect(decoded.state.progress[name]?.status).toBe('done');
  });

  it('sets aside a record under a key that could reach a prototype', () => {
    const text = saved({ notes: { a: note('a', 'kept') } }).replace(
      '"notes":{',
      `"notes":{"__proto__":${JSON.stringify(note('x', 'x'))},`,
    );
    const decoded = decodeSaved(text, NOW);
    expect(decoded.setAside).toBe(1);
    expect(Object.keys(decoded.state.notes)).toEqual(['a']);
  });
});
