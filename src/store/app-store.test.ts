import { beforeEach, describe, expect, it } from 'vitest';
import { withEverythingReset } from '@/features/data/lib/reset';
import { withBackupMerged, withBackupReplaced } from '@/features/data/lib/restore';
import { resetStore } from '@/testing/render-route';
import { useAppStore } from './app-store';
import { initialPersisted, type PersistedState, pickPersisted } from './format/persisted-state';

beforeEach(resetStore);

describe('app store', () => {
  it('a merge that fails part-way changes nothing', () => {
    useAppStore.getState().saveNote({ id: 'n', topic: 'a', body: 'mine' });
    const before = pickPersisted(useAppStore.getState());
    const poisoned = {
      ...initialPersisted(),
      notes: new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('disk read error');
          },
        },
      ),
    } as PersistedState;
    for (const restore of [withBackupMerged, withBackupReplaced]) {
      expect(() =>
        useAppStore.getState().updateRecords((current, now) => restore(current, poisoned, now)),
      ).toThrow('disk read error');
      expect(pickPersisted(useAppStore.getState())).toEqual(before);
    }
  });

  it('reset everything leaves tombstones and keeps the theme', () => {
    const store = useAppStore.getState();
    store.setTheme('dark');
    store.saveNote({ id: 'n', topic: 'a', body: 'mine' });
    store.setStatus('a', 'done');
    useAppStore.getState().updateRecords(withEverythingReset);
    const state = useAppStore.getState();
    expect(state.notes.n?.deletedAt).toBeDefined();
    expect(state.progress.a?.status).toBe('not-started');
    expect(state.preferences.theme).toBe('dark');
  });
});
