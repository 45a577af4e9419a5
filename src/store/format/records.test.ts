import { describe, expect, it } from 'vitest';
import { mergeRecords, newest, sameRecords } from './records';

const at = (minute: number) => `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;

describe('records', () => {
  it('newest picks the later record and keeps ours on a tie', () => {
    const ours = { id: 'a', updatedAt: at(1), body: 'ours' };
    const theirs = { id: 'a', updatedAt: at(2), body: 'theirs' };
    expect(newest(ours, theirs)).toBe(theirs);
    expect(newest(theirs, ours)).toBe(theirs);
    expect(newest(ours, { ...ours, body: 'tie' })).toBe(ours);
    expect(newest(undefined, ours)).toBe(ours);
  });

  it('mergeRecords keeps records only one side has, and the newer of shared ones', () => {
    const ours = { a: { updatedAt: at(5), v: 'a-ours' }, b: { updatedAt: at(1), v: 'b-ours' } };
    const theirs = {
      b: { updatedAt: at(2), v: 'b-theirs' },
      c: { updatedAt: at(3), v: 'c-theirs' },
    };
    expect(mergeRecords(ours, theirs)).toEqual({
      a: { updatedAt: at(5), v: 'a-ours' },
      b: { updatedAt: at(2), v: 'b-theirs' },
      c: { updatedAt: at(3), v: 'c-theirs' },
    });
  });

  it('is commutative in content: both tabs converge on the same records', () => {
    const one = { a: { updatedAt: at(5) }, b: { updatedAt: at(1) } };
    const two = { b: { updatedAt: at(2) }, c: { updatedAt: at(3) } };
    expect(sameRecords(mergeRecords(one, two), mergeRecords(two, one))).toBe(true);
  });
});
