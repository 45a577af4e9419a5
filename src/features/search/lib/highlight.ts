import type { Segment } from './types';

/** Letters, digits and combining marks: what a word is made of. */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]/u;
/**
 * Characters that attach to the one before (combining marks and variation selectors are \p{M};
 * emoji skin tones; the zero-width joiner): a match may not start or end before one, so a mark
 * never cuts a letter from its accent or an emoji in two.
 */
const JOINS_PREVIOUS = /^[\p{M}\p{Emoji_Modifier}\u200D]/u;
/** A pictograph after a zero-width joiner is part of the same emoji (👩‍💻). */
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
const ZWJ = 0x200d;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Case folding for matching. toLowerCase, not toLocaleLowerCase: the reader's locale must not
 * change what matches. Final sigma folds to sigma, so "ΟΔΟΣ" and "οδοσ" meet.
 */
const foldCase = (value: string) => value.toLowerCase().replaceAll('ς', 'σ');

type Folded = {
  folded: string;
  /**
   * For each index of `folded`, the index in the original text where that code point's folded
   * form starts, or -1 inside one; null when folding kept every index in place.
   */
  starts: Int32Array | null;
};

const fold = (text: string): Folded => {
  const folded = foldCase(text);
  // Lowercasing never shortens a code point and only "İ" lengthens one: with the same length,
  // every index still points at the same character.
  if (folded.length === text.length) return { folded, starts: null };
  const parts: string[] = [];
  const map: number[] = [];
  let at = 0;
  for (const char of text) {
    const lower = foldCase(char);
    parts.push(lower);
    map.push(at);
    for (let i = 1; i < lower.length; i++) map.push(-1);
    at += char.length;
  }
  map.push(text.length);
  return { folded: parts.join(''), starts: Int32Array.from(map) };
};

const codePointBefore = (text: string, index: number): string => {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (isLow(low) && index >= 2 && isHigh(text.charCodeAt(index - 2)))
    return text.slice(index - 2, index);
  return text.slice(index - 1, index);
};

const codePointAt = (text: string, index: number): string => {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
};

/**
 * Whether `index` falls between two code units of one character, or inside what a reader sees
 * as one character (a subset of Unicode's grapheme rules: never a break the rules allow).
 */
const splitsCharacter = (text: string, index: number): boolean => {
  if (index <= 0 || index >= text.length) return false;
  if (isLow(text.charCodeAt(index)) && isHigh(text.charCodeAt(index - 1))) return true;
  const next = codePointAt(text, index);
  return JOINS_PREVIOUS.test(next) || (text.charCodeAt(index - 1) === ZWJ && PICTOGRAPH.test(next));
};

type Range = { start: number; end: number };

const cleanTerms = (terms: readonly string[]): string[] => {
  const unique = new Set<string>();
  for (const term of terms) {
    const folded = foldCase(term.trim());
    if (folded !== '') unique.add(folded);
  }
  return [...unique];
};

/**
 * Where the terms occur in `text`, as ranges of the original text, in order and without
 * overlaps. A term matches case-insensitively at the start of a word (the way the index matches
 * prefixes: "strat" marks the start of "Strategy", never the middle of "demonstrate"). Plain
 * string search on folded text: no RegExp is ever built from a term.
 */
export function findMatches(text: string, terms: readonly string[]): Range[] {
  const needles = cleanTerms(terms);
  if (text === '' || needles.length === 0) return [];
  const { folded, starts } = fold(text);
  const original = (index: number) => (starts ? (starts[index] ?? -1) : index);
  const found: Range[] = [];
  for (const needle of needles) {
    const wordLike = WORD_CHAR.test(needle);
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const start = original(at);
      const end = original(at + needle.length);
      if (start === -1 || end === -1) continue;
      if (splitsCharacter(text, start) || splitsCharacter(text, end)) continue;
      if (wordLike && WORD_CHAR.test(codePointBefore(text, start))) continue;
      found.push({ start, end });
    }
  }
  // Leftmost first; of two at one place, the longer ("strategy" over "strat").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges: Range[] = [];
  let covered = 0;
  for (const range of found) {
    if (range.start < covered) continue;
    ranges.push(range);
    covered = range.end;
  }
  return ranges;
}

const segmentsOf = (text: string, ranges: readonly Range[], from = 0, to = text.length) => {
  const segments: Segment[] = [];
  let at = from;
  for (const { start, end } of ranges) {
    if (start < from || end > to) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  return segments;
};

/**
 * `text` cut into segments, the ones matching a term marked. Joined, the segments are exactly
 * `text`. Pure and total: any text and any terms (HTML, regex syntax, emoji, empty) are fine.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  return segmentsOf(text, findMatches(text, terms));
}

const ELLIPSIS = '…';
const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/** Moves `index` forward (or back) off a split character, so a cut never breaks one. */
const settle = (text: string, index: number, step: 1 | -1) => {
  let at = index;
  while (at > 0 && at < text.length && splitsCharacter(text, at)) at += step;
  return at;
};

/**
 * At most `maxLength` characters of `text` around its first match (the start of the text if
 * nothing matches), cut at spaces where possible, with "…" where text was left out, and the
 * matches marked. Without its ellipses, the snippet is a slice of `text`.
 */
export function snippet(text: string, terms: readonly string[], maxLength = 160): Segment[] {
  const ranges = findMatches(text, terms);
  if (text.length <= maxLength) return segmentsOf(text, ranges);
  const first = ranges[0];
  // Some words before the match, so it reads as part of a sentence.
  const lead = first
    ? Math.min(
        Math.floor(maxLength / 4),
        first.start,
        Math.max(0, maxLength - first.end + first.start),
      )
    : 0;
  let start = first ? first.start - lead : 0;
  if (start > 0) {
    const limit = first ? first.start : start;
    for (let i = start; i < limit; i++) {
      if (isSpace(text.charCodeAt(i))) {
        start = i + 1;
        break;
      }
    }
    start = settle(text, start, 1);
  }
  let end = Math.min(text.length, start + maxLength);
  if (first && end < first.end) end = first.end;
  if (end < text.length) {
    const floor = first ? first.end : start + 1;
    for (let i = end; i > floor; i--) {
      if (isSpace(text.charCodeAt(i))) {
        end = i;
        break;
      }
    }
    end = settle(text, end, -1);
    if (end <= start) end = settle(text, Math.min(text.length, start + maxLength), 1);
  }
  const segments = segmentsOf(text, ranges, start, end);
  if (start > 0) prepend(segments, ELLIPSIS);
  if (end < text.length) append(segments, ELLIPSIS);
  return segments;
}

const prepend = (segments: Segment[], text: string) => {
  const head = segments[0];
  if (head && !head.mark) head.text = text + head.text.trimStart();
  else segments.unshift({ text, mark: false });
};

const append = (segments: Segment[], text: string) => {
  const tail = segments.at(-1);
  if (tail && !tail.mark) tail.text = tail.text.trimEnd() + text;
  else segments.push({ text, mark: false });
};
