import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { withExperimentLogged } from '@/store/slices/experiments-slice';
import { withNoteSaved } from '@/store/slices/notes-slice';
import { markdownishText } from '@/testing/markdown-arbitraries';
import { markdownFileName, notebookToMarkdown } from './markdown-export';
import { buildNotebook, type NotebookCatalog } from './notebook';

const markdown = new MarkdownIt({ html: true, linkify: false });
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

describe('notebookToMarkdown (property)', () => {
  it('whatever the reader writes, the document keeps its own headings and quotes only', () => {
    const anyText = markdownishText(fc.string({ unit: 'grapheme', maxLength: 12 }));
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
});
