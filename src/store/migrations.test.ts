import { describe, expect, it } from 'vitest';
import { FutureVersionError, migrate, STORE_VERSION } from './migrations';

describe('migrate', () => {
  it('keeps a current-version state as it is', () => {
    const saved = { preferences: { theme: 'dark' } };
    expect(migrate(saved, STORE_VERSION)).toEqual(saved);
  });

  it('refuses data from a newer version instead of guessing at it', () => {
    expect(() => migrate({}, STORE_VERSION + 1)).toThrow(FutureVersionError);
  });
});
