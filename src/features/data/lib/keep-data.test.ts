import { describe, expect, it, vi } from 'vitest';
import type { NoteRecord } from '@/store/format/schema';
import { ASKED_TO_KEEP_KEY, askToKeepDataOnFirstAnswer, savedAnAnswer } from './keep-data';

const note = (id: string, body: string, updatedAt: string, deletedAt?: string): NoteRecord => ({
  id,
  topic: 'is-leadership-for-me',
  promptId: 'why',
  body,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt,
  ...(deletedAt ? { deletedAt } : {}),
});

describe('savedAnAnswer', () => {
  const written = note('a', 'Because I like people', '2026-11-02T10:00:00.000Z');

  it('is true when words appear or change', () => {
    expect(savedAnAnswer({}, { a: written })).toBe(true);
    expect(
      savedAnAnswer({ a: written }, { a: note('a', 'Because', '2026-11-03T10:00:00.000Z') }),
    ).toBe(true);
  });

  it('is false for an unchanged, emptied or deleted note', () => {
    expect(savedAnAnswer({ a: written }, { a: written })).toBe(false);
    expect(savedAnAnswer({ a: written }, { a: note('a', '  ', '2026-11-03T10:00:00.000Z') })).toBe(
      false,
    );
    const deleted = note('a', '', '2026-11-03T10:00:00.000Z', '2026-11-03T10:00:00.000Z');
    expect(savedAnAnswer({ a: written }, { a: deleted })).toBe(false);
  });
});

describe('askToKeepDataOnFirstAnswer', () => {
  type Notes = Record<string, NoteRecord>;
  const answer = { a: note('a', 'Yes', '2026-11-02T10:00:00.000Z') };

  const setUp = (storage: Pick<Storage, 'getItem' | 'setItem'> = memoryStorage()) => {
    const listeners = new Set<(after: Notes, before: Notes) => void>();
    const persist = vi.fn(async () => true);
    askToKeepDataOnFirstAnswer({
      subscribe: (onChange) => {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
      storage,
      persist,
    });
    const change = (before: Notes, after: Notes) => {
      for (const listener of [...listeners]) listener(after, before);
    };
    return { storage, persist, change, listening: () => listeners.size > 0 };
  };

  const memoryStorage = (saved: Record<string, string> = {}) => {
    const items = new Map(Object.entries(saved));
    return {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => void items.set(name, value),
    };
  };

  it('does not ask before the reader writes anything', () => {
    const { persist, listening } = setUp();
    expect(persist).not.toHaveBeenCalled();
    expect(listening()).toBe(true);
  });

  it('asks once, at the first answer, and remembers that it asked', () => {
    const { persist, change, storage, listening } = setUp();
    change({}, answer);
    change({}, { b: note('b', 'Again', '2026-11-02T11:00:00.000Z') });
    expect(persist).toHaveBeenCalledTimes(1);
    expect(storage.getItem(ASKED_TO_KEEP_KEY)).not.toBeNull();
    expect(listening()).toBe(false);
  });

  it('never asks again once it has asked, in this tab or another', () => {
    const { persist, change, listening } = setUp(memoryStorage({ [ASKED_TO_KEEP_KEY]: 'yes' }));
    change({}, answer);
    expect(persist).not.toHaveBeenCalled();
    expect(listening()).toBe(false);
  });

  it('leaves the request out when it cannot note that it asked', () => {
    const { persist, change } = setUp({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    change({}, answer);
    expect(persist).not.toHaveBeenCalled();
  });
});
