import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { withExperimentLogged } from '@/store/slices/experiments-slice';
import { withNoteSaved } from '@/store/slices/notes-slice';
import { escapeMarkdownText, markdownFileName, notebookToMarkdown } from './markdown-export';
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
      body: '# Not a heading\n> not a quote\n- not a list\n1. nor this\n<script>alert(1)</script>\n\n    not code',
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
    expect(tokens.filter((token) => token.type === 'bullet_list_open')).toHaveLength(1);
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
