import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import v1 from '@/store/format/fixtures/v1.json';
import { STORE_VERSION } from '@/store/format/migrations';
import { NOW, persistedState } from '@/testing/arbitraries';
import { createBackup } from './backup';
import { MAX_BACKUP_BYTES, parseBackup } from './backup-import';
import { isLive, withBackupReplaced } from './restore';

const now = new Date('2026-11-25T11:00:00.000Z');
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
  it('any valid state survives export, then import with Replace, every record as it was', () => {
    fc.assert(
      fc.property(persistedState, persistedState, (current, saved) => {
        const parsed = parseBackup(exportText(saved), NOW);
        if (!parsed.ok) throw new Error(parsed.message);
        expect(parsed.state).toEqual(JSON.parse(JSON.stringify(saved)));
        // Replace leaves every live record of the backup as it was, stamped with the restore.
        const at = '2026-11-25T13:00:00.000Z';
        const replaced = withBackupReplaced(current, parsed.state, at);
        for (const kind of ['progress', 'bookmarks', 'notes', 'experiments'] as const) {
          for (const [id, record] of Object.entries(saved[kind]))
            if (isLive(kind, record))
              expect(replaced[kind][id]).toEqual({ ...record, updatedAt: at });
            else expect(isLive(kind, replaced[kind][id])).toBe(false);
        }
        expect(replaced.preferences.theme).toEqual(saved.preferences.theme);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a copy of saved data kept aside', () => {
  it('is accepted by Restore, which brings back every record it can read', () => {
    const copy = JSON.stringify({
      version: STORE_VERSION,
      state: {
        ...valid.state,
        bookmarks: { broken: { id: 'broken' } },
        notes: {
          n: {
            id: 'n',
            topic: 'a',
            body: 'my words',
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          },
        },
      },
    });
    const result = parseBackup(copy, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.skipped).toBe(1);
    expect(result.exportedAt).toBeNull();
    expect(result.state.notes.n?.body).toBe('my words');
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
      /does not recognise/,
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
      /does not recognise/,
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
      /does not recognise/,
    ],
    [
      'a check-up answer outside the five levels',
      JSON.stringify({
        ...valid,
        state: {
          ...valid.state,
          assessments: {
            c: {
              id: 'c',
              takenAt: now.toISOString(),
              answers: { 'edge-design-reviews': { level: 9 } },
              updatedAt: now.toISOString(),
            },
          },
        },
      }),
      /does not recognise/,
    ],
    [
      'a check-up whose answers are a list',
      JSON.stringify({
        ...valid,
        state: {
          ...valid.state,
          assessments: {
            c: { id: 'c', takenAt: now.toISOString(), answers: [], updatedAt: now.toISOString() },
          },
        },
      }),
      /does not recognise/,
    ],
    [
      'a brief with a next check-in that is not a date',
      JSON.stringify({
        ...valid,
        state: {
          ...valid.state,
          briefs: {
            b: {
              id: 'b',
              ask: '',
              feedback: '',
              nextCheckIn: 'next week',
              createdAt: now.toISOString(),
              updatedAt: now.toISOString(),
            },
          },
        },
      }),
      /does not recognise/,
    ],
    [
      'a bad timestamp',
      JSON.stringify({
        ...valid,
        state: { ...valid.state, preferences: { theme: 'dark', updatedAt: 'yesterday' } },
      }),
      /does not recognise/,
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
      const result = parseBackup(text, NOW);
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
    const result = parseBackup(old, NOW);
    expect(result.ok && result.state.preferences.theme).toBe('dark');
    expect(result.ok && result.state.notes).toEqual({});
  });
});
