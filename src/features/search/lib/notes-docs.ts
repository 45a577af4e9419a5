import type { TopicOutline } from '@/content/topic';
import { entryOf, type RecordMap } from '@/store/format/record-map';
import type { ExperimentLog } from '@/store/slices/experiments-slice';
import type { NoteRecord } from '@/store/slices/notes-slice';
import { LABEL_TITLES } from './search-options';
import type { SearchDoc } from './types';

export type NotesDocsState = {
  notes: RecordMap<NoteRecord>;
  experiments: RecordMap<ExperimentLog>;
};

/** A TopicOutline, or any topic's prompts and experiments (tests, a later edition's slugs). */
type Outline = Pick<TopicOutline, 'reflections' | 'experiments'> & { slug: string };

const FREE_NOTE_TITLE = LABEL_TITLES.note;
const isLive = (note: NoteRecord) => !note.deletedAt && note.body.trim() !== '';

/**
 * The reader's own words as search documents: reflection answers (under their prompt), free
 * notes and experiment "why" lines. Deleted and empty ones are left out. Each leads to where it
 * is edited on its topic page, and names the element to focus there.
 *
 * Notes the topic page does not show (answers to a prompt since removed from the course, notes
 * on a topic this version does not list) lead to the notebook, which keeps them.
 */
export function notesDocs(
  state: NotesDocsState,
  outlines: readonly Outline[],
  titleOf: (slug: string) => string | undefined,
): SearchDoc[] {
  const outlineOf = new Map<string, Outline>(outlines.map((outline) => [outline.slug, outline]));
  const docs: SearchDoc[] = [];

  for (const note of Object.values(state.notes)) {
    if (!isLive(note)) continue;
    const outline = outlineOf.get(note.topic);
    const topicTitle = titleOf(note.topic) ?? note.topic;
    const base = { topic: note.topic, topicTitle, text: note.body };
    if (!outline) {
      docs.push({
        ...base,
        id: `note:${note.id}`,
        kind: 'note',
        title: FREE_NOTE_TITLE,
        href: '/notes#notebook-other',
      });
      continue;
    }
    const promptId = note.promptId ?? answerCopiedBy(note);
    if (promptId !== undefined) {
      const reflection = outline.reflections.find((item) => item.id === promptId);
      docs.push(
        reflection
          ? {
              ...base,
              id: `answer:${note.id}`,
              kind: 'answer',
              title: reflection.prompt,
              href: `/topics/${note.topic}#reflection-${promptId}`,
              // A conflicting copy shows under the answer it belongs to: the answer box is the place.
              focus: `answer-${promptId}`,
            }
          : {
              ...base,
              id: `note:${note.id}`,
              kind: 'note',
              title: FREE_NOTE_TITLE,
              href: `/notes#notebook-${note.topic}`,
            },
      );
      continue;
    }
    docs.push({
      ...base,
      id: `note:${note.id}`,
      kind: 'note',
      title: FREE_NOTE_TITLE,
      href: `/topics/${note.topic}#your-notes`,
      focus: `note-${editorOf(state, note)}`,
    });
  }

  for (const log of Object.values(state.experiments)) {
    // The page shows a why line only while its experiment is ticked as tried (the notebook too).
    if (!log.tried || log.why.trim() === '') continue;
    const experiment = outlineOf.get(log.topic)?.experiments.find((item) => item.id === log.id);
    if (!experiment) continue;
    docs.push({
      id: `why:${log.id}`,
      kind: 'why',
      topic: log.topic,
      topicTitle: titleOf(log.topic) ?? log.topic,
      title: experiment.title,
      text: log.why,
      href: `/topics/${log.topic}#experiment-${log.id}`,
      focus: `why-${log.id}`,
    });
  }
  return docs;
}

/** A conflicting copy of an answer has no promptId of its own: its `conflictOf` names it. */
const answerCopiedBy = (note: NoteRecord): string | undefined => {
  const prefix = `${note.topic}/`;
  return note.conflictOf?.startsWith(prefix) ? note.conflictOf.slice(prefix.length) : undefined;
};

/**
 * The note whose editor holds `note` on the topic page: a conflicting copy is shown under the
 * note it belongs to while that note is there, and as a note of its own once it is gone
 * (selectFreeNoteIds in features/notes).
 */
const editorOf = (state: NotesDocsState, note: NoteRecord): string => {
  if (!note.conflictOf) return note.id;
  const parent = entryOf(state.notes, note.conflictOf);
  return parent && !parent.deletedAt && parent.body !== '' ? parent.id : note.id;
};
