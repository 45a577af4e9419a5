/**
 * What one edit added to a text. A paste, a typed character or a drop is one such edit.
 *
 * With the caret after the edit (`caretAfter`), a pure insertion is found exactly, even where
 * the text around it repeats it ("aaa" pasted before "already"). Otherwise it is the part of
 * `after` between what it shares with `before` at the start and at the end.
 */
export const insertedText = (before: string, after: string, caretAfter?: number): string => {
  const grown = after.length - before.length;
  if (caretAfter !== undefined && grown > 0) {
    const start = caretAfter - grown;
    if (start >= 0 && after.slice(0, start) + after.slice(caretAfter) === before)
      return after.slice(start, caretAfter);
  }
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < shortest - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return after.slice(start, after.length - end);
};
