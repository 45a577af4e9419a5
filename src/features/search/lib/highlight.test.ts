import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight';
import type { Segment } from './types';

const joined = (segments: Segment[]) => segments.map((segment) => segment.text).join('');
const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
/** No lone half of a surrogate pair (String#isWellFormed is ES2024, past this project's lib). */
const wellFormed = (value: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const fold = (value: string) => value.toLowerCase().replaceAll('ς', 'σ');

const HOSTILE = [
  '(',
  ')',
  '.*',
  '[a-',
  '\\',
  '\\d+',
  '^$',
  '<script>alert(1)</script>',
  '<script>',
  '$&',
  "$'",
  '</mark>',
  '&amp;',
  '😀',
  '👩‍💻',
  '👍🏽',
  '🇬🇧',
  'e\u0301',
  'café',
  'cafe\u0301',
  'İstanbul',
  'ΟΔΟΣ',
  'ß',
  '\u200d',
  '\ufe0f',
  '\ud83d',
  '\ude00',
  ' ',
  '\n',
  'Strategy',
  'strat',
  'stategy',
  'a',
  '',
];
const piece = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
);
const hostileText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const hostileTerms = fc.array(fc.oneof(piece, hostileText), { maxLength: 6 });
/** Terms taken from the text itself, so that matches actually happen. */
const textAndTerms = hostileText.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc.oneof(
        hostileTerms.map((terms) => terms[0] ?? ''),
        fc
          .tuple(fc.nat(text.length), fc.nat(8))
          .map(([from, length]) => text.slice(from, from + length)),
      ),
      { maxLength: 5 },
    ),
  ),
);

describe('highlight', () => {
  it('marks the terms where a word starts, whatever their case', () => {
    expect(highlight('Strategy is a diagnosis', ['strategy'])).toEqual([
      { text: 'Strategy', mark: true },
      { text: ' is a diagnosis', mark: false },
    ]);
    expect(highlight('A STRATEGIC plan', ['strat'])).toEqual([
      { text: 'A ', mark: false },
      { text: 'STRAT', mark: true },
      { text: 'EGIC plan', mark: false },
    ]);
  });

  it('does not mark the middle of a word', () => {
    expect(highlight('They demonstrate it', ['strat'])).toEqual([
      { text: 'They demonstrate it', mark: false },
    ]);
  });

  it('prefers the longer of two terms that start at one place, and marks every occurrence', () => {
    expect(marked(highlight('strategy, strat, Strategy', ['strat', 'strategy']))).toEqual([
      'strategy',
      'strat',
      'Strategy',
    ]);
  });

  it('treats HTML and regex syntax as plain text', () => {
    expect(highlight('say <script>alert(1)</script> now', ['<script>'])).toEqual([
      { text: 'say ', mark: false },
      { text: '<script>', mark: true },
      { text: 'alert(1)</script> now', mark: false },
    ]);
    expect(highlight('costs $& (or .*)', ['.*', '$&', '('])).toEqual([
      { text: 'costs ', mark: false },
      { text: '$&', mark: true },
      { text: ' ', mark: false },
      { text: '(', mark: true },
      { text: 'or ', mark: false },
      { text: '.*', mark: true },
      { text: ')', mark: false },
    ]);
  });

  it('never cuts a letter from its accent or an emoji in two', () => {
    expect(marked(highlight('cafe\u0301 culture', ['cafe']))).toEqual([]);
    expect(marked(highlight('cafe\u0301 culture', ['cafe\u0301']))).toEqual(['cafe\u0301']);
    expect(marked(highlight('👩‍💻 pairing', ['👩']))).toEqual([]);
    expect(marked(highlight('👍🏽 agreed', ['👍']))).toEqual([]);
    expect(marked(highlight('😀 smile', ['\ud83d']))).toEqual([]);
  });

  it('matches case across scripts, including letters that change length', () => {
    expect(marked(highlight('İstanbul office', ['i̇stanbul']))).toEqual(['İstanbul']);
    expect(marked(highlight('ΟΔΟΣ and οδοσ', ['οδος']))).toEqual(['ΟΔΟΣ', 'οδοσ']);
    expect(joined(highlight('İİ after İ', ['after']))).toBe('İİ after İ');
  });

  it('returns the text unmarked with no terms, and nothing for no text', () => {
    expect(highlight('plain', [])).toEqual([{ text: 'plain', mark: false }]);
    expect(highlight('plain', ['', '  '])).toEqual([{ text: 'plain', mark: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });

  it('joins back to exactly the text, and marks only a term, for any input', () => {
    fc.assert(
      fc.property(textAndTerms, ([text, terms]) => {
        const segments = highlight(text, terms);
        expect(joined(segments)).toBe(text);
        const folded = terms.map((term) => fold(term.trim()));
        for (const segment of segments) {
          expect(segment.text).not.toBe('');
          if (segment.mark) expect(folded).toContain(fold(segment.text));
        }
        for (let i = 1; i < segments.length; i++)
          expect(segments[i]?.mark || segments[i - 1]?.mark).toBe(true);
        if (wellFormed(text)) for (const s of segments) expect(wellFormed(s.text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('snippet', () => {
  const long = `${'Before the point there is a long stretch of words. '.repeat(8)}Here the kernel of a strategy shows. ${'After it the text goes on and on for a while. '.repeat(8)}`;

  it('returns short text whole', () => {
    expect(snippet('A short kernel.', ['kernel'])).toEqual([
      { text: 'A short ', mark: false },
      { text: 'kernel', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('cuts long text around the first match, at spaces, with ellipses', () => {
    const segments = snippet(long, ['kernel']);
    const text = joined(segments);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(162);
    expect(marked(segments)).toEqual(['kernel']);
    expect(text).toMatch(/^…\S/);
    expect(text).toMatch(/\S…$/);
    expect(long).toContain(text.slice(1, -1));
  });

  it('starts at the beginning when nothing matches', () => {
    const text = joined(snippet(long, ['absent']));
    expect(text.startsWith('Before the point')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('honours a smaller maximum', () => {
    const text = joined(snippet(long, ['kernel'], 40));
    expect(text.length).toBeLessThanOrEqual(42);
    expect(text).toContain('kernel');
  });

  it('is a marked slice of the text, never longer than asked, for any input', () => {
    fc.assert(
      fc.property(textAndTerms, fc.integer({ min: 1, max: 60 }), ([base, terms], maxLength) => {
        const text = base.repeat(3);
        const segments = snippet(text, terms, maxLength);
        const shown = joined(segments);
        const inner = shown.replace(/^…/, '').replace(/…$/, '');
        expect(text).toContain(inner);
        const longestMark = Math.max(0, ...marked(segments).map((m) => m.length));
        // A cut never splits a character, so the last one may run past the maximum.
        const longestCharacter = Math.max(
          1,
          ...[...graphemes.segment(text)].map(({ segment }) => segment.length),
        );
        expect(inner.length).toBeLessThanOrEqual(
          Math.max(maxLength, longestMark) + longestCharacter,
        );
        const folded = terms.map((term) => fold(term.trim()));
        for (const segment of marked(segments)) expect(folded).toContain(fold(segment));
        if (wellFormed(text)) expect(wellFormed(shown)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
