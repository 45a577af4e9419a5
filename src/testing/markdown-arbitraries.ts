import fc from 'fast-check';

/** Pieces that open Markdown blocks or inline markup, or break lines: what escaping must defuse. */
export const markdownishPiece = fc.constantFrom(
  '# ',
  '## ',
  '> ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '- # ',
  '1. > ',
  '-     ',
  '---',
  '***',
  '___',
  '- - -',
  '===',
  '-',
  '    ',
  '\t',
  '```',
  '~~~',
  '`',
  '<b>',
  '</div>',
  '<!--',
  '<?x',
  '\\',
  '\\<b>',
  '`<i>`',
  '[a]: b',
  '*',
  '_',
  '[x](y)',
  '|',
  '\n',
  '\n\n',
);

/** Reader text made of Markdown-ish pieces mixed with `part` (words, or any graphemes). */
export const markdownishText = (part: fc.Arbitrary<string>) =>
  fc.array(fc.oneof(markdownishPiece, part), { maxLength: 24 }).map((parts) => parts.join(''));
