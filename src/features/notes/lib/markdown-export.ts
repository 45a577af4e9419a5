import { formatDate } from '@/lib/format-date';
import { escapeMarkdownText, readerMarkdown } from '@/lib/markdown-text';
import type { Feeling } from '@/store/slices/experiments-slice';
import type { NoteRecord } from '@/store/slices/notes-slice';
import type { Notebook, NotebookTopic } from './notebook';

const feelingWords: Record<Feeling, string> = {
  energising: 'energising',
  neutral: 'neutral',
  draining: 'draining',
};

const dates = (note: NoteRecord) =>
  note.updatedAt.slice(0, 10) === note.createdAt.slice(0, 10)
    ? `*Written ${formatDate(note.createdAt)}.*`
    : `*Written ${formatDate(note.createdAt)}, last edited ${formatDate(note.updatedAt)}.*`;

const topicMarkdown = (
  topic: NotebookTopic,
  topicUrl: (slug: string) => string | null,
): string[] => {
  // A heading is one line: a title from the reader's data (an unknown topic's slug) is folded.
  const lines = [`### ${escapeMarkdownText(topic.title.replace(/\s+/g, ' '))}`, ''];
  const url = topicUrl(topic.slug);
  if (url) lines.push(`[Open this topic in Debugging Leadership](<${url}>)`, '');
  for (const answer of topic.answers) {
    lines.push(`> ${escapeMarkdownText(answer.prompt).replace(/\n/g, '\n> ')}`, '');
    lines.push(readerMarkdown(answer.note.body), '', dates(answer.note), '');
  }
  if (topic.freeNotes.length > 0) {
    lines.push('#### Other notes', '');
    for (const note of topic.freeNotes) lines.push(readerMarkdown(note.body), '', dates(note), '');
  }
  if (topic.experiments.length > 0) {
    lines.push('#### Experiments tried', '');
    for (const { title, log } of topic.experiments) {
      const feeling = log.feeling ? `: felt ${feelingWords[log.feeling]}` : '';
      const why = log.why.trim() ? `. ${readerMarkdown(log.why.replace(/\s+/g, ' '))}` : '';
      lines.push(`- **${escapeMarkdownText(title)}**${feeling}${why}`);
    }
    lines.push('');
  }
  return lines;
};

/**
 * The notebook as one Markdown file: title and export date, then stage and topic headings, each
 * prompt quoted above the reader's answer, free notes, experiments tried and how they felt, and
 * a link back to each topic. The same notebook and date always give the same text.
 */
export function notebookToMarkdown(
  notebook: Notebook,
  options: { exportedAt: Date; topicUrl: (slug: string) => string | null },
): string {
  const lines = [
    '# Debugging Leadership: my notes',
    '',
    `Exported ${formatDate(options.exportedAt.toISOString())} from Debugging Leadership. Prompts are quoted; the words under them are mine.`,
    '',
  ];
  if (
    notebook.noteCount === 0 &&
    notebook.stages.length === 0 &&
    notebook.otherTopics.length === 0
  ) {
    lines.push('No notes yet.', '');
  }
  for (const stage of notebook.stages) {
    lines.push(`## Stage ${stage.number}: ${escapeMarkdownText(stage.title)}`, '');
    for (const topic of stage.topics) lines.push(...topicMarkdown(topic, options.topicUrl));
  }
  if (notebook.otherTopics.length > 0) {
    lines.push('## Notes on topics no longer in the journey', '');
    for (const topic of notebook.otherTopics) lines.push(...topicMarkdown(topic, () => null));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export const markdownFileName = (now: Date) =>
  `debugging-leadership-notes-${now.toISOString().slice(0, 10)}.md`;
