import { describe, expect, it } from 'vitest';
import { mapFrom } from '@/store/format/record-map';
import type { ExperimentLog } from '@/store/slices/experiments-slice';
import type { NoteRecord } from '@/store/slices/notes-slice';
import { notesDocs } from './notes-docs';

const at = '2026-01-01T00:00:00.000Z';
const outlines = [
  {
    slug: 'strategy-and-execution',
    reflections: [{ id: 'your-plan', prompt: 'What is your team’s plan?' }],
    experiments: [{ id: 'one-page-plan', title: 'Write a one-page plan' }],
  },
];
const titles: Record<string, string> = { 'strategy-and-execution': 'Strategy and execution' };
const titleOf = (slug: string) => titles[slug];

const note = (fields: Partial<NoteRecord> & { id: string }): NoteRecord => ({
  topic: 'strategy-and-execution',
  body: 'Some words',
  createdAt: at,
  updatedAt: at,
  ...fields,
});
const experiment = (fields: Partial<ExperimentLog> & { id: string }): ExperimentLog => ({
  topic: 'strategy-and-execution',
  tried: true,
  why: '',
  updatedAt: at,
  ...fields,
});
const docsOf = (notes: NoteRecord[], experiments: ExperimentLog[] = []) =>
  notesDocs(
    {
      notes: mapFrom(notes.map((n) => [n.id, n])),
      experiments: mapFrom(experiments.map((e) => [e.id, e])),
    },
    outlines,
    titleOf,
  );

describe('notesDocs', () => {
  it('makes an answer a document under its prompt, leading to the answer box', () => {
    const answer = note({
      id: 'strategy-and-execution/your-plan',
      promptId: 'your-plan',
      body: 'Ship less',
    });
    expect(docsOf([answer])).toEqual([
      {
        id: 'answer:strategy-and-execution/your-plan',
        kind: 'answer',
        topic: 'strategy-and-execution',
        topicTitle: 'Strategy and execution',
        title: 'What is your team’s plan?',
        text: 'Ship less',
        href: '/topics/strategy-and-execution#reflection-your-plan',
        focus: 'answer-your-plan',
      },
    ]);
  });

  it('makes a free note a document leading to its editor', () => {
    expect(docsOf([note({ id: 'note-1', body: 'Ask first' })])).toEqual([
      {
        id: 'note:note-1',
        kind: 'note',
        topic: 'strategy-and-execution',
        topicTitle: 'Strategy and execution',
        title: 'Your note',
        text: 'Ask first',
        href: '/topics/strategy-and-execution#your-notes',
        focus: 'note-note-1',
      },
    ]);
  });

  it('makes an experiment’s "why" a document titled with the experiment', () => {
    expect(docsOf([], [experiment({ id: 'one-page-plan', why: 'It felt clear' })])).toEqual([
      {
        id: 'why:one-page-plan',
        kind: 'why',
        topic: 'strategy-and-execution',
        topicTitle: 'Strategy and execution',
        title: 'Write a one-page plan',
        text: 'It felt clear',
        href: '/topics/strategy-and-execution#experiment-one-page-plan',
        focus: 'why-one-page-plan',
      },
    ]);
  });

  it('leaves out the why line of an experiment no longer ticked as tried: the page hides it', () => {
    expect(
      docsOf([], [experiment({ id: 'one-page-plan', why: 'It felt clear', tried: false })]),
    ).toEqual([]);
  });

  it('leaves out deleted and empty notes and "why" lines, and experiments the course lacks', () => {
    const docs = docsOf(
      [
        note({ id: 'gone', body: '', deletedAt: at }),
        note({ id: 'blank', body: '  \n ' }),
        note({ id: 'kept', body: 'kept' }),
      ],
      [
        experiment({ id: 'one-page-plan', why: ' ' }),
        experiment({ id: 'retired-experiment', why: 'Why not' }),
      ],
    );
    expect(docs.map((doc) => doc.id)).toEqual(['note:kept']);
  });

  it('sends a conflicting copy to the editor it is shown under', () => {
    const docs = docsOf([
      note({ id: 'strategy-and-execution/your-plan', promptId: 'your-plan', body: 'Mine' }),
      note({ id: 'copy-a', conflictOf: 'strategy-and-execution/your-plan', body: 'Theirs' }),
      note({ id: 'note-1', body: 'Kept' }),
      note({ id: 'copy-b', conflictOf: 'note-1', body: 'Lost' }),
      note({ id: 'copy-c', conflictOf: 'note-deleted', body: 'Orphan' }),
    ]);
    const focusOf = Object.fromEntries(docs.map((doc) => [doc.id, [doc.kind, doc.focus]]));
    expect(focusOf).toEqual({
      'answer:strategy-and-execution/your-plan': ['answer', 'answer-your-plan'],
      'answer:copy-a': ['answer', 'answer-your-plan'],
      'note:note-1': ['note', 'note-note-1'],
      'note:copy-b': ['note', 'note-note-1'],
      'note:copy-c': ['note', 'note-copy-c'],
    });
  });

  it('sends notes the topic page does not show to the notebook', () => {
    const docs = docsOf([
      note({ id: 'strategy-and-execution/removed', promptId: 'removed', body: 'Old answer' }),
      note({ id: 'elsewhere', topic: 'retired-topic', body: 'Old note' }),
    ]);
    expect(
      docs.map(({ kind, href, focus, topicTitle }) => ({ kind, href, focus, topicTitle })),
    ).toEqual([
      {
        kind: 'note',
        href: '/notes#notebook-strategy-and-execution',
        focus: undefined,
        topicTitle: 'Strategy and execution',
      },
      {
        kind: 'note',
        href: '/notes#notebook-other',
        focus: undefined,
        topicTitle: 'retired-topic',
      },
    ]);
  });
});
