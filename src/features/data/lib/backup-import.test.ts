import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import v1 from '@/store/format/fixtures/v1.json';
import { STORE_VERSION } from '@/store/format/migrations';
import { mergePersisted } from '@/store/format/persisted-state';
import { persistedState } from '@/testing/arbitraries';
import { createBackup } from './backup';
import { MAX_BACKUP_BYTES, parseBackup } from './backup-import';
import { withReplaced } from './reset';

const now = new Date('2026-11-25T12:00:00.000Z');
const exportText = (state: Parameters<typeof createBackup>[0]) =>
  JSON.stringify(createBackup(state, now));
const valid = JSON.parse(
  exportText(
    JSON.parse(
      JSON.stringify({
        ...v1.state,
        progress: {},
        bookmarks: {},
        notes: {},
        experiments: {},
        lastPosition: null,
        preferences: { theme: 'dark', updatedAt: '2026-01-01T00:00:00.000Z' },
      }),
    ),
  ),
);

describe('backup round trip (property)', () => {
  it('any valid state survives export, then import with Replace, unchanged', () => {
    fc.assert(
      fc.property(persistedState, persistedState, (current, saved) => {
        const parsed = parseBackup(exportText(saved));
        if (!parsed.ok) throw new Error(parsed.message);
        expect(parsed.state).toEqual(saved);
        // Replacing whatever this browser holds leaves every record of the backup exactly as it was.
        const replaced = withReplaced(current, parsed.state, now.toISOString());
        for (const kind of ['progress', 'bookmarks', 'notes', 'experiments'] as const) {
          for (const [id, record] of Object.entries(saved[kind]))
            expect(replaced[kind][id]).toEqual(record);
        }
        expect(replaced.preferences).toEqual(saved.preferences);
      }),
      { numRuns: 200 },
    );
  });

  it('Merge keeps the newer of each record and every record of both sides', () => {
    fc.assert(
      fc.property(persistedState, persistedState, (ours, theirs) => {
        const merged = mergePersisted(ours, theirs);
        for (const kind of ['progress', 'bookmarks', 'notes', 'experiments'] as const) {
          const ids = new Set([...Object.keys(ours[kind]), ...Object.keys(theirs[kind])]);
          expect(new Set(Object.keys(merged[kind]))).toEqual(ids);
          for (const id of ids) {
            const a = ours[kind][id];
            const b = theirs[kind][id];
            const newest = !a ? b : !b ? a : b.updatedAt > a.updatedAt ? b : a;
            expect(merged[kind][id]).toEqual(newest);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('bad backup files are refused with a reason', () => {
  const corpus: [string, string, RegExp][] = [
    ['not JSON', 'this is not json', /not valid JSON/],
    ['truncated', exportText(JSON.parse(JSON.stringify(valid.state))).slice(0, 80), /cut short/],
    ['empty file', '', /not valid JSON/],
    ['a JSON array', '[1, 2, 3]', /not a Debugging Leadership backup/],
    [
      "another app's file",
      JSON.stringify({ ...valid, app: 'roadmap-notes' }),
      /not made by Debugging Leadership/,
    ],
    [
      'no app name',
      JSON.stringify({ schemaVersion: 2, exportedAt: now.toISOString(), state: valid.state }),
      /not made by/,
    ],
    [
      'a newer schema version',
      JSON.stringify({ ...valid, schemaVersion: STORE_VERSION + 1 }),
      /newer version of the app/,
    ],
    [
      'a schema version that is not a number',
      JSON.stringify({ ...valid, schemaVersion: 'two' }),
      /no valid schema version/,
    ],
    [
      'no export date',
      JSON.stringify({ ...valid, exportedAt: undefined }),
      /missing its export date/,
    ],
    [
      'notes as an array',
      JSON.stringify({ ...valid, state: { ...valid.state, notes: [] } }),
      /wrong shape/,
    ],
    [
      'a note body that is a number',
      JSON.stringify({
        ...valid,
        state: {
          ...valid.state,
          notes: {
            n: {
              id: 'n',
              topic: 'a',
              body: 5,
              createdAt: now.toISOString(),
              updatedAt: now.toISOString(),
            },
          },
        },
      }),
      /wrong shape/,
    ],
    [
      'an unknown status',
      JSON.stringify({
        ...valid,
        state: {
          ...valid.state,
          progress: { a: { status: 'skimmed', updatedAt: now.toISOString() } },
        },
      }),
      /wrong shape/,
    ],
    [
      'a bad timestamp',
      JSON.stringify({
        ...valid,
        state: { ...valid.state, preferences: { theme: 'dark', updatedAt: 'yesterday' } },
      }),
      /wrong shape/,
    ],
    [
      'a __proto__ key',
      exportText(valid.state).replace('"notes":{}', '"notes":{"__proto__":{"polluted":true}}'),
      /"__proto__"/,
    ],
    [
      'a constructor key',
      exportText(valid.state).replace('"bookmarks":{}', '"bookmarks":{"constructor":{}}'),
      /"constructor"/,
    ],
    [
      'over 5 MB',
      JSON.stringify({ ...valid, padding: 'x'.repeat(MAX_BACKUP_BYTES) }),
      /larger than 5 MB/,
    ],
  ];

  for (const [name, text, message] of corpus) {
    it(`refuses ${name}`, () => {
      const result = parseBackup(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(message);
        expect(result.message).toMatch(/Nothing in this browser was changed\.$/);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('accepts and migrates a backup of an older schema version', () => {
    const old = JSON.stringify({
      app: 'debugging-leadership',
      schemaVersion: 1,
      exportedAt: now.toISOString(),
      state: v1.state,
    });
    const result = parseBackup(old);
    expect(result.ok && result.state.preferences.theme).toBe('dark');
    expect(result.ok && result.state.notes).toEqual({});
  });
});
