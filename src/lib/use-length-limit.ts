import { useState } from 'react';
import { insertedText } from './inserted-text';

/**
 * A field that holds at most `limit` characters, without ever cutting what it holds: an edit
 * that would pass the limit is not applied, and what it added is held (in the order it was
 * typed) until the reader keeps it elsewhere. A browser's maxLength would instead drop the end
 * of a paste without a word.
 */
export function useLengthLimit(limit: number) {
  const [held, setHeld] = useState('');
  return {
    held,
    /** The text to save, or null when the edit would pass the limit (its addition is held). */
    accept: (before: string, after: string, caret: number | null): string | null => {
      if (after.length <= limit) return after;
      const added = insertedText(before, after, caret ?? undefined);
      setHeld((earlier) => earlier + added);
      return null;
    },
    /** Hands over what is held, in pieces of at most `limit` characters, and lets it go. */
    release: (): string[] => {
      const pieces: string[] = [];
      for (let start = 0; start < held.length; start += limit)
        pieces.push(held.slice(start, start + limit));
      setHeld('');
      return pieces;
    },
  };
}
