import { describe, expect, it } from 'vitest';
import { insertedText } from './inserted-text';

describe('insertedText', () => {
  it('finds a paste at the start, in the middle and at the end', () => {
    expect(insertedText('world', 'hello world')).toBe('hello ');
    expect(insertedText('I lead', 'I will lead')).toBe('will ');
    expect(insertedText('abc', 'abcdef')).toBe('def');
  });

  it('finds a replaced selection and a first paste into an empty box', () => {
    expect(insertedText('keep OLD keep', 'keep NEW TEXT keep')).toBe('NEW TEXT');
    expect(insertedText('', 'everything')).toBe('everything');
  });

  it('handles repeated letters next to the insertion', () => {
    expect(insertedText('aaa', 'aaaa')).toBe('a');
    expect(insertedText('abab', 'ababab')).toBe('ab');
  });
});

describe('insertedText with the caret', () => {
  it('uses the caret where the text around the insertion repeats it', () => {
    const before = 'An answer already saved.';
    const pasted = 'aaaTAIL';
    const after = `An answer ${pasted}already saved.`;
    expect(insertedText(before, after, 10 + pasted.length)).toBe(pasted);
  });

  it('a character typed at the end of a box', () => {
    expect(insertedText('full', 'fullh', 5)).toBe('h');
  });
});
