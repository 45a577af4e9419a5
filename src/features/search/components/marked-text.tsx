import { Fragment } from 'react';
import type { Segment } from '../lib/types';

/**
 * Text with the matched words in <mark>. Each segment is a React text child, so a note holding
 * HTML or a script shows as the characters the reader typed, never as markup.
 */
export function MarkedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, index) =>
    segment.mark ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments are one string cut in order; the position is the identity
      <mark key={index}>{segment.text}</mark>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: as above
      <Fragment key={index}>{segment.text}</Fragment>
    ),
  );
}
