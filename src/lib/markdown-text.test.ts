import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownishText } from '@/testing/markdown-arbitraries';
import { escapeMarkdownText, readerMarkdown } from './markdown-text';

const markdown = new MarkdownIt({ html: true, linkify: false });
const blockTypes = (source: string) =>
  markdown
    .parse(source, {})
    .map((token) => token.type)
    .filter((type) => !type.startsWith('inline'));
const renderedText = (source: string) =>
  markdown
    .parse(source, {})
    .filter((token) => token.type === 'inline')
    .map((token) =>
      (token.children ?? [])
        .map((child) =>
          child.type === 'hardbreak' || child.type === 'softbreak' ? '\n' : child.content,
        )
        .join(''),
    )
    .join('\n');

describe('escapeMarkdownText (property)', () => {
  it('any reader text becomes paragraphs only, and reads back as the same words', () => {
    const markdownish = fc.constantFrom(
      '# ',
      '> ',
      '- ',
      '+ ',
      '1. ',
      '2) ',
      '---',
      '===',
      '    ',
      '```',
      '<b>',
      '*',
      '_',
      '[x](y)',
      '&amp;',
      '\\',
      '|',
      '\n',
      '\n\n',
    );
    const readerText = fc
      .array(fc.oneof(markdownish, fc.string({ unit: 'grapheme', maxLength: 12 })), {
        maxLength: 20,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(readerText, (text) => {
        const escaped = escapeMarkdownText(text);
        for (const type of blockTypes(escaped))
          expect(['paragraph_open', 'paragraph_close']).toContain(type);
        const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
        expect(words(renderedText(escaped))).toBe(words(text.replace(/\r/g, '\n')));
      }),
      { numRuns: 500 },
    );
  });
});

/** Letters and digits as the reader reads them: link targets count, markup does not. */
const readBack = (source: string) => {
  const out: string[] = [];
  for (const token of markdown.parse(source, {})) {
    const hrefs: string[] = [];
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') hrefs.push(String(child.attrGet('href') ?? ''));
      else if (child.type === 'link_close') {
        const href = hrefs.pop() ?? '';
        try {
          out.push(decodeURI(href));
        } catch {
          out.push(href);
        }
      } else out.push(child.content);
    }
    // An ordered item's number is the reader's too.
    if (token.type === 'list_item_open') out.push(token.info);
  }
  return lettersOf(out.join(' '));
};
const lettersOf = (text: string) => (text.match(/[a-z0-9]/g) ?? []).join('');
const readerBlocks = new Set([
  'paragraph_open',
  'paragraph_close',
  'bullet_list_open',
  'bullet_list_close',
  'ordered_list_open',
  'ordered_list_close',
  'list_item_open',
  'list_item_close',
]);

describe('readerMarkdown', () => {
  it('never starts a paragraph with an indent, even after a blank first line', () => {
    // Found by the property below: the list item's tab was kept, which made it a code block.
    for (const text of ['\n\t+ ', ' \n    - a', 'x\n\n  \n\t1. b']) {
      expect(blockTypes(readerMarkdown(text))).not.toContain('code_block');
    }
  });

  it('escapes HTML that a code span left open on an earlier line would uncover', () => {
    // Found by the property below: CommonMark closes the first line's backtick on the second
    // line, so the second line's own code span no longer hides its `<i>`.
    const inline = (source: string) =>
      markdown.parse(source, {}).flatMap((token) => token.children ?? []);
    for (const text of ['`\n`<i>`', 'a ``\nb `x` ``<b>` c', '`\n- `<i>`']) {
      const types = inline(readerMarkdown(text)).map((token) => token.type);
      expect(types).not.toContain('html_inline');
    }
    // A code span closed on its own line still keeps the reader's `<` as they typed it.
    expect(readerMarkdown('use `<br>` here')).toBe('use `<br>` here');
  });
});

describe('readerMarkdown (property)', () => {
  const words = fc.stringMatching(/^[a-z0-9 ]{0,12}$/);

  it('stays paragraphs and lists, never raw HTML, and loses none of the words or link targets', () => {
    fc.assert(
      fc.property(markdownishText(words), (text) => {
        const source = readerMarkdown(text);
        const tokens = markdown.parse(source, {});
        for (const token of tokens) {
          if (token.type !== 'inline') expect(readerBlocks).toContain(token.type);
          for (const child of token.children ?? []) expect(child.type).not.toBe('html_inline');
        }
        expect(readBack(source)).toBe(lettersOf(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the reader's lists, emphasis and links as they wrote them", () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const line = fc.oneof(
      word.map((w) => ({ kind: 'bullet', w, text: `- ${w}` })),
      word.map((w) => ({ kind: 'ordered', w, text: `1. ${w}` })),
      word.map((w) => ({ kind: 'em', w, text: `so *${w}* then` })),
      word.map((w) => ({ kind: 'link', w, text: `see [${w}](https://example.org/${w})` })),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const tokens = markdown.parse(readerMarkdown(lines.map((l) => l.text).join('\n')), {});
        const inline = tokens.flatMap((token) => token.children ?? []);
        const count = (kind: string) => lines.filter((l) => l.kind === kind).length;
        expect(tokens.filter((token) => token.type === 'list_item_open')).toHaveLength(
          count('bullet') + count('ordered'),
        );
        expect(inline.filter((token) => token.type === 'em_open')).toHaveLength(count('em'));
        expect(
          inline
            .filter((token) => token.type === 'link_open')
            .map((token) => token.attrGet('href')),
        ).toEqual(lines.filter((l) => l.kind === 'link').map((l) => `https://example.org/${l.w}`));
        // Each of the reader's line breaks stays a break, none becomes a space.
        expect(inline.filter((token) => token.type === 'softbreak')).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });
});
