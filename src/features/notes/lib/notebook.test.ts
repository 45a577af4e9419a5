import { describe, expect, it } from 'vitest';
import { initialPersisted } from '@/store/format/persisted-state';
import { withExperimentLogged } from '@/store/slices/experiments-slice';
import { withNoteDeleted, withNoteSaved } from '@/store/slices/notes-slice';
import { buildNotebook, type NotebookCatalog } from './notebook';

const catalog: NotebookCatalog = {
  stages: [
    { id: 's1', number: 1, title: 'One', topics: [{ slug: 'a', title: 'Topic A' }] },
    { id: 's2', number: 2, title: 'Two', topics: [{ slug: 'b', title: 'Topic B' }] },
  ],
  outlines: [
    {
      slug: 'a',

      reflections: [
        { id: 'p1', prompt: 'First prompt' },
        { id: 'p2', prompt: 'Second prompt' },
      ],
      experiments: [{ id: 'x', title: 'Try X' }],
    },
    { slug: 'b', reflections: [{ id: 'q1', prompt: 'B prompt' }], experiments: [] },
  ],
};
const t = (n: number) => `2026-11-25T10:00:0${n}.000Z`;

const state = () => {
  let s = initialPersisted();
  s = withNoteSaved(s, { id: 'a/p2', topic: 'a', promptId: 'p2', body: 'second answer' }, t(1));
  s = withNoteSaved(
    s,
    { id: 'a/p1', topic: 'a', promptId: 'p1', body: 'first answer about feedback' },
    t(2),
  );
  s = withNoteSaved(s, { id: 'free', topic: 'a', body: 'a free note' }, t(3));
  s = withNoteSaved(
    s,
    { id: 'a/gone', topic: 'a', promptId: 'removed-prompt', body: 'answer to a removed prompt' },
    t(4),
  );
  s = withNoteSaved(s, { id: 'b/q1', topic: 'b', promptId: 'q1', body: 'B answer' }, t(5));
  s = withNoteSaved(s, { id: 'blank', topic: 'b', body: '   ' }, t(6));
  s = withNoteSaved(s, { id: 'deleted', topic: 'b', body: 'deleted' }, t(7));
  s = withNoteDeleted(s, 'deleted', t(8));
  s = withExperimentLogged(s, 'a', 'x', { tried: true, feeling: 'neutral', why: 'ok' }, t(9));
  return s;
};

describe('buildNotebook', () => {
  it('groups by stage and topic, answers in prompt order, then free notes and experiments', () => {
    const notebook = buildNotebook(state(), catalog);
    const a = notebook.stages[0]?.topics[0];
    expect(a?.answers.map((answer) => answer.prompt)).toEqual(['First prompt', 'Second prompt']);
    expect(a?.freeNotes.map((note) => note.body)).toEqual([
      'a free note',
      'answer to a removed prompt',
    ]);
    expect(a?.experiments.map((e) => e.title)).toEqual(['Try X']);
    expect(notebook.stages[1]?.topics[0]?.answers.map((answer) => answer.note.body)).toEqual([
      'B answer',
    ]);
    expect(notebook.noteCount).toBe(5);
  });

  it('filters by text in notes and prompts, case-insensitively, and by topic', () => {
    const byText = buildNotebook(state(), catalog, { text: 'FEEDBACK' });
    expect(byText.noteCount).toBe(1);
    expect(byText.stages.map((stage) => stage.id)).toEqual(['s1']);
    const byPrompt = buildNotebook(state(), catalog, { text: 'b prompt' });
    expect(byPrompt.stages[0]?.topics[0]?.slug).toBe('b');
    const byTopic = buildNotebook(state(), catalog, { topic: 'b' });
    expect(byTopic.stages.map((stage) => stage.id)).toEqual(['s2']);
  });

  it('keeps a note being edited even when it stops matching or is emptied', () => {
    let s = state();
    s = withNoteSaved(s, { id: 'free', topic: 'a', body: '' }, t(9));
    const notebook = buildNotebook(s, catalog, { text: 'feedback', keep: new Set(['free']) });
    expect(notebook.stages[0]?.topics[0]?.freeNotes.map((note) => note.id)).toEqual(['free']);
    expect(buildNotebook(s, catalog, { text: 'feedback' }).stages[0]?.topics[0]?.freeNotes).toEqual(
      [],
    );
  });

  it('keeps notes on topics the catalog does not know', () => {
    const s = withNoteSaved(state(), { id: 'old', topic: 'old-slug', body: 'still mine' }, t(1));
    expect(buildNotebook(s, catalog).otherTopics.map((topic) => topic.freeNotes[0]?.body)).toEqual([
      'still mine',
    ]);
  });
});
