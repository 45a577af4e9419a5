import { describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES } from '@/testing/prototype-names';
import { emptyMap, entryOf, mapFrom, withEntry } from './record-map';

describe('record maps', () => {
  it.each(PROTOTYPE_NAMES)('"%s" is absent from an empty map and present once set', (name) => {
    const empty = emptyMap<number>();
    expect(entryOf(empty, name)).toBeUndefined();
    expect(empty[name]).toBeUndefined();
    const one = withEntry(empty, name, 1);
    expect(entryOf(one, name)).toBe(1);
    expect(Object.keys(one)).toEqual([name]);
    expect(JSON.parse(JSON.stringify(one))).toEqual({ [name]: 1 });
  });

  it('entryOf reads only own entries, even from a plain object', () => {
    expect(entryOf({} as Record<string, unknown>, 'toString')).toBeUndefined();
    expect(entryOf({ a: 1 }, 'a')).toBe(1);
  });

  it('every helper returns a map without a prototype', () => {
    const from = mapFrom([['a', 1]]);
    expect(Object.getPrototypeOf(from)).toBeNull();
    expect(Object.getPrototypeOf(withEntry({ a: 1 }, 'b', 2))).toBeNull();
  });
});
