import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { withExperimentLogged } from '@/store/slices/experiments-slice';
import { withNoteSaved } from '@/store/slices/notes-slice';
import {
  escapeMarkdownText,
  markdownFileName,
  notebookToMarkdown,
  readerMarkdown,
} from './markdown-export';
import { buildNotebook, type NotebookCatalog } from './notebook';

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

const catalog: NotebookCatalog = {
  stages: [
    {
      id: 'decide',
      number: 1,
      title: 'Decide',
      topics: [{ slug: 'is-leadership-for-me', title: 'Is technical leadership for me?' }],
    },
    {
      id: 'fears',
      number: 2,
      title: 'Face the fears',
      topics: [{ slug: 'fear-people-challenges', title: 'Fear: the people side' }],
    },
  ],
  outlines: [
    {
      slug: 'is-leadership-for-me',

      reflections: [
        { id: 'energy', prompt: 'Which days leave you energised?' },
        { id: 'motive', prompt: 'Why do you want this?' },
      ],
      experiments: [{ id: 'retro', title: 'Run a retro' }],
    },
    {
      slug: 'fear-people-challenges',

      reflections: [{ id: 'talk', prompt: 'Which talk are you postponing?' }],
      experiments: [],
    },
  ],
};

const t = (n: number) => `2026-11-2${n}T10:00:00.000Z`;
const reader = () => {
  let s = initialPersisted();
  s = withNoteSaved(
    s,
    {
      id: 'is-leadership-for-me/motive',
      topic: 'is-leadership-for-me',
      promptId: 'motive',
      body: 'Impact, I think.',
    },
    t(1),
  );
  s = withNoteSaved(
    s,
    {
      id: 'is-leadership-for-me/energy',
      topic: 'is-leadership-for-me',
      promptId: 'energy',
      body: '# Not a heading\n> not a quote\n---\n```\n<script>alert(1)</script>\nSo:\n- a list of *mine*\n  1. nested, with a [link](https://example.org)\n\n    not code\nTitle?\n===',
    },
    t(2),
  );
  s = withNoteSaved(
    s,
    {
      id: 'note-free',
      topic: 'is-leadership-for-me',
      body: 'A free note with *stars* and [brackets](x).',
    },
    t(3),
  );
  s = withNoteSaved(
    s,
    { id: 'note-old', topic: 'renamed-long-ago', body: 'Kept from an old topic.' },
    t(1),
  );
  s = withNoteSaved(
    s,
    {
      id: 'fear-people-challenges/talk',
      topic: 'fear-people-challenges',
      promptId: 'talk',
      body: 'The one with Sam.',
    },
    t(4),
  );
  s = withExperimentLogged(
    s,
    'is-leadership-for-me',
    'retro',
    { tried: true, feeling: 'energising', why: 'People *spoke* up.' },
    t(5),
  );
  return s;
};
const exportedAt = new Date('2026-11-25T12:00:00.000Z');
const topicUrl = (slug: string) => `https://example.org/app/topics/${slug}`;
const exportOf = (state = reader()) =>
  notebookToMarkdown(buildNotebook(state, catalog), { exportedAt, topicUrl });

describe('notebookToMarkdown', () => {
  it('writes a title, the export date, stage and topic headings, quoted prompts, answers, notes and experiments', () => {
    expect(exportOf()).toMatchSnapshot();
  });

  it('keeps its structure whatever the reader wrote', () => {
    const tokens = markdown.parse(exportOf(), {});
    const headings = tokens
      .filter((token) => token.type === 'heading_open')
      .map((token) => token.tag);
    expect(headings).toEqual(['h1', 'h2', 'h3', 'h4', 'h4', 'h2', 'h3', 'h2', 'h3', 'h4']);
    expect(tokens.filter((token) => token.type === 'blockquote_open')).toHaveLength(3);
    expect(
      tokens.some((token) => token.type.startsWith('html') || token.type === 'code_block'),
    ).toBe(false);
    expect(tokens.filter((token) => token.type === 'hr')).toHaveLength(0);
    expect(tokens.some((token) => token.type === 'fence')).toBe(false);
    // The reader's list (and the experiments list) stay lists, with their emphasis and link.
    expect(tokens.filter((token) => token.type === 'bullet_list_open')).toHaveLength(2);
    expect(tokens.filter((token) => token.type === 'ordered_list_open')).toHaveLength(1);
    const inline = tokens.flatMap((token) => token.children ?? []);
    const emphasised = inline.flatMap((token, i) =>
      token.type === 'em_open' ? [inline[i + 1]?.content] : [],
    );
    expect(emphasised.filter((text) => !text?.startsWith('Written'))).toEqual([
      'mine',
      'stars',
      'spoke',
    ]);
    expect(
      inline.filter((token) => token.type === 'link_open').map((token) => token.attrGet('href')),
    ).toEqual([
      'https://example.org/app/topics/is-leadership-for-me',
      'https://example.org',
      'x',
      'https://example.org/app/topics/fear-people-challenges',
    ]);
  });

  it('is deterministic for the same state, whatever order the records were stored in', () => {
    const state = reader();
    const reversed = { ...state, notes: Object.fromEntries(Object.entries(state.notes).reverse()) };
    expect(exportOf(reversed)).toBe(exportOf(state));
  });

  it('names the file with the date', () => {
    expect(markdownFileName(exportedAt)).toBe('debugging-leadership-notes-2026-11-25.md');
  });
});

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

describe('readerMarkdown (property)', () => {
  const markdownish = fc.constantFrom(
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
  const words = fc.stringMatching(/^[a-z0-9 ]{0,12}$/);
  const textOf = (part: fc.Arbitrary<string>) =>
    fc.array(fc.oneof(markdownish, part), { maxLength: 24 }).map((parts) => parts.join(''));

  it('stays paragraphs and lists, never raw HTML, and loses none of the words or link targets', () => {
    fc.assert(
      fc.property(textOf(words), (text) => {
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

  it('whatever the reader writes, the document keeps its own headings and quotes only', () => {
    const anyText = textOf(fc.string({ unit: 'grapheme', maxLength: 12 }));
    fc.assert(
      fc.property(anyText, anyText, anyText, (answer, free, why) => {
        // A note with no words is not in the notebook, nor its heading.
        fc.pre(answer.trim() !== '' && free.trim() !== '');
        let s = initialPersisted();
        s = withNoteSaved(
          s,
          { id: 'a', topic: 'is-leadership-for-me', promptId: 'energy', body: answer },
          t(1),
        );
        s = withNoteSaved(s, { id: 'b', topic: 'fear-people-challenges', body: free }, t(2));
        s = withExperimentLogged(s, 'is-leadership-for-me', 'retro', { tried: true, why }, t(3));
        const tokens = markdown.parse(exportOf(s), {});
        const headings = tokens.filter((token) => token.type === 'heading_open');
        expect(headings.map((token) => token.tag)).toEqual([
          'h1',
          'h2',
          'h3',
          'h4',
          'h2',
          'h3',
          'h4',
        ]);
        expect(headings.map((token) => token.level)).toEqual([0, 0, 0, 0, 0, 0, 0]);
        expect(tokens.filter((token) => token.type === 'blockquote_open')).toHaveLength(1);
        for (const token of tokens) {
          expect(['hr', 'fence', 'code_block', 'html_block']).not.toContain(token.type);
          for (const child of token.children ?? []) expect(child.type).not.toBe('html_inline');
        }
      }),
      { numRuns: 300 },
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
