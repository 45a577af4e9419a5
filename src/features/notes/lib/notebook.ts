import { entryOf } from '@/store/format/record-map';
import type { ExperimentLog } from '@/store/slices/experiments-slice';
import type { NoteRecord } from '@/store/slices/notes-slice';

export type NotebookCatalog = {
  stages: {
    id: string;
    number: number;
    title: string;
    topics: { slug: string; title: string }[];
  }[];
  outlines: readonly {
    slug: string;
    reflections: { id: string; prompt: string }[];
    experiments: { id: string; title: string }[];
  }[];
};

export type NotebookAnswer = { promptId: string; prompt: string; note: NoteRecord };
export type NotebookExperiment = { title: string; log: ExperimentLog };
export type NotebookTopic = {
  slug: string;
  title: string;
  answers: NotebookAnswer[];
  freeNotes: NoteRecord[];
  experiments: NotebookExperiment[];
};
export type NotebookStage = { id: string; number: number; title: string; topics: NotebookTopic[] };
export type Notebook = {
  stages: NotebookStage[];
  /** Notes on topics this version of the app does not list: shown, never dropped. */
  otherTopics: NotebookTopic[];
  noteCount: number;
};

export type NotebookFilter = {
  text?: string;
  topic?: string;
  /** Notes being edited stay listed even if they stop matching, or are emptied, mid-edit. */
  keep?: ReadonlySet<string>;
};

const byCreation = (a: NoteRecord, b: NoteRecord) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const isLiveNote = (note: NoteRecord) => !note.deletedAt && note.body.trim() !== '';

/**
 * The reader's notes in journey order: stage, topic, each reflection answer under its prompt
 * (in the topic's order), then free notes, then experiments tried. Pure, and deterministic
 * for the same state, so the page and the Markdown export agree.
 */
export function buildNotebook(
  state: { notes: Record<string, NoteRecord>; experiments: Record<string, ExperimentLog> },
  catalog: NotebookCatalog,
  filter: NotebookFilter = {},
): Notebook {
  const query = filter.text?.trim().toLocaleLowerCase() ?? '';
  const keep = filter.keep ?? new Set<string>();
  const matchesText = (...texts: string[]) =>
    query === '' || texts.some((t) => t.toLocaleLowerCase().includes(query));
  const notesByTopic = new Map<string, NoteRecord[]>();
  for (const note of Object.values(state.notes)) {
    const beingEdited = keep.has(note.id) && !note.deletedAt;
    if (!isLiveNote(note) && !beingEdited) continue;
    notesByTopic.set(note.topic, [...(notesByTopic.get(note.topic) ?? []), note]);
  }

  const buildTopic = (slug: string, title: string): NotebookTopic => {
    const outline = catalog.outlines.find((o) => o.slug === slug);
    const notes = (notesByTopic.get(slug) ?? []).sort(byCreation);
    const answers: NotebookAnswer[] = [];
    const freeNotes: NoteRecord[] = [];
    for (const reflection of outline?.reflections ?? []) {
      const note = notes.find((n) => n.promptId === reflection.id);
      if (note && (keep.has(note.id) || matchesText(note.body, reflection.prompt)))
        answers.push({ promptId: reflection.id, prompt: reflection.prompt, note });
    }
    for (const note of notes) {
      const answered = outline?.reflections.some((r) => r.id === note.promptId);
      // An answer to a prompt that has since been removed stays, as a free note.
      if (!answered && (keep.has(note.id) || matchesText(note.body))) freeNotes.push(note);
    }
    const experiments = (outline?.experiments ?? []).flatMap((experiment) => {
      const log = entryOf(state.experiments, experiment.id);
      return log?.tried && matchesText(experiment.title, log.why)
        ? [{ title: experiment.title, log }]
        : [];
    });
    return { slug, title, answers, freeNotes, experiments };
  };
  const hasContent = (topic: NotebookTopic) =>
    topic.answers.length + topic.freeNotes.length + topic.experiments.length > 0;
  const wanted = (slug: string) => !filter.topic || filter.topic === slug;

  const stages = catalog.stages
    .map((stage) => ({
      id: stage.id,
      number: stage.number,
      title: stage.title,
      topics: stage.topics
        .filter((t) => wanted(t.slug))
        .map((t) => buildTopic(t.slug, t.title))
        .filter(hasContent),
    }))
    .filter((stage) => stage.topics.length > 0);

  const known = new Set(catalog.stages.flatMap((stage) => stage.topics.map((t) => t.slug)));
  const otherTopics = [...notesByTopic.keys()]
    .filter((slug) => !known.has(slug) && wanted(slug))
    .sort()
    .map((slug) => buildTopic(slug, slug))
    .filter(hasContent);

  const noteCount = [...stages.flatMap((s) => s.topics), ...otherTopics].reduce(
    (sum, topic) => sum + topic.answers.length + topic.freeNotes.length,
    0,
  );
  return { stages, otherTopics, noteCount };
}
