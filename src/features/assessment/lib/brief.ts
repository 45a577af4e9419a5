import { escapeMarkdownText, readerMarkdown } from '@/lib/markdown-text';
import type { Feeling } from '@/store/format/schema';

/** One area's latest check-up: its score 0..100 (absent: not scored) and the change in words. */
export type BriefArea = { label: string; score?: number; change?: string };
export type BriefExperiment = { topicTitle: string; title: string; feeling?: Feeling; why: string };
export type BriefNote = { topicTitle: string; prompt?: string; body: string };

/**
 * Everything the brief says, as plain data: the route gathers it from the store and content, so
 * the Markdown depends on nothing else and the same input always gives the same file.
 */
export type BriefInput = {
  /** The day the brief is for, YYYY-MM-DD. */
  date: string;
  profileLabel?: string;
  /** Empty when the reader has not taken the check-up. */
  areas: BriefArea[];
  experiments: BriefExperiment[];
  /** Only the notes the reader picked, in the order they should appear. */
  notes: BriefNote[];
  ask: string;
  feedback: string;
  /** YYYY-MM-DD, or '' for none. */
  nextCheckIn: string;
  questions: string[];
};

// UTC on both sides: a calendar day must not move with the reader's time zone.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "25 November 2026" for "2026-11-25"; anything else is shown as it is, escaped. */
const dayWords = (day: string): string => {
  const match = CALENDAR_DAY.exec(day.trim());
  if (match) {
    const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
    const time = Date.UTC(year, month - 1, date);
    // Date.UTC rolls 2026-02-31 over into March: only a real day is reworded.
    if (new Date(time).getUTCDate() === date) return dayFormat.format(time);
  }
  return oneLine(day);
};

/** The app's own text on one line (a heading, a list item): folded, then escaped. */
const oneLine = (text: string) => escapeMarkdownText(text.replace(/\s+/g, ' '));

const feelingWords: Record<Feeling, string> = {
  energising: 'energising',
  neutral: 'neutral',
  draining: 'draining',
};

const hasWords = (text: string | undefined): text is string => (text ?? '').trim() !== '';

const areaLine = ({ label, score, change }: BriefArea) => {
  const result = score === undefined ? 'not scored' : `${Math.round(score)} of 100`;
  // "not scored (not scored)" says nothing twice.
  const since = hasWords(change) && change.trim() !== result ? ` (${oneLine(change)})` : '';
  return `- ${oneLine(label)}: ${result}${since}`;
};

const experimentLine = ({ topicTitle, title, feeling, why }: BriefExperiment) => {
  const where = hasWords(topicTitle) ? ` (${oneLine(topicTitle)})` : '';
  const felt = feeling ? `: felt ${feelingWords[feeling]}` : '';
  // As in the notebook export: the reader's line, folded onto the item's one line.
  const because = hasWords(why) ? `. ${readerMarkdown(why.replace(/\s+/g, ' '))}` : '';
  // "- ****" would be a thematic break: an experiment always has a name.
  const name = hasWords(title) ? `**${oneLine(title)}**` : 'An experiment';
  return `- ${name}${where}${felt}${because}`;
};

/** The picked notes under their topic, each answer under its prompt, quoted as the notebook does. */
const notesMarkdown = (notes: readonly BriefNote[]): string[] => {
  const lines: string[] = [];
  let topic: string | undefined;
  for (const note of notes) {
    if (!hasWords(note.body)) continue;
    if (note.topicTitle !== topic) {
      topic = note.topicTitle;
      lines.push(`### ${oneLine(topic) || 'Other notes'}`, '');
    }
    if (hasWords(note.prompt))
      lines.push(`> ${escapeMarkdownText(note.prompt).replace(/\n/g, '\n> ')}`, '');
    lines.push(readerMarkdown(note.body), '');
  }
  return lines;
};

/** A section with its heading, or nothing at all when it has nothing to say. */
const section = (heading: string, body: readonly string[]): string[] => {
  const lines = [...body];
  while (lines.at(-1) === '') lines.pop();
  return lines.length === 0 ? [] : [`## ${heading}`, '', ...lines, ''];
};

/**
 * The 1:1 brief as one Markdown file: date and profile, the latest check-up with its change,
 * experiments tried and how they felt, the picked notes under their prompts, the reader's asks,
 * and questions to bring. Reader text is escaped by the notebook export's rules
 * (src/lib/markdown-text.ts), so it keeps its own lists and emphasis but never opens a heading,
 * quote or HTML; the app's text is escaped to read back as the same words. Empty parts are left
 * out, and the same input always gives the same text.
 */
export function briefMarkdown(input: BriefInput): string {
  const lines = [`# My 1:1 brief, ${dayWords(input.date)}`, ''];
  if (hasWords(input.profileLabel)) lines.push(`Where I am: ${oneLine(input.profileLabel)}.`, '');
  lines.push(
    'Prepared with Debugging Leadership. The check-up is a reflection aid, not a test; the words under the prompts are mine.',
    '',
  );

  lines.push('## Latest check-up', '');
  if (input.areas.length === 0) lines.push('No check-up yet.', '');
  else {
    lines.push(
      'Each area from 0 to 100, higher meaning more at ease; in brackets, the change since the check-up before.',
      '',
      ...input.areas.map(areaLine),
      '',
    );
  }

  lines.push(...section('Experiments I tried', input.experiments.map(experimentLine)));
  lines.push(...section('Notes', notesMarkdown(input.notes)));
  lines.push(
    ...section('What I want to ask for', hasWords(input.ask) ? [readerMarkdown(input.ask)] : []),
  );
  lines.push(
    ...section(
      'How I like feedback',
      hasWords(input.feedback) ? [readerMarkdown(input.feedback)] : [],
    ),
  );
  lines.push(
    ...section('Next check-in', hasWords(input.nextCheckIn) ? [dayWords(input.nextCheckIn)] : []),
  );
  const questions = input.questions.filter(hasWords);
  lines.push(
    ...section(
      'Questions to bring',
      questions.map((question, i) => `${i + 1}. ${oneLine(question)}`),
    ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "one-to-one-brief-2026-11-25.md" for the day "2026-11-25" (or an ISO time on that day). */
export const briefFileName = (dateIso: string) => `one-to-one-brief-${dateIso.slice(0, 10)}.md`;

/**
 * The start of a note, on one line, to name its checkbox: whole words up to `max` characters
 * (never half an emoji), then an ellipsis if there is more.
 */
export const answerStart = (body: string, max = 60): string => {
  const chars = Array.from(body.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
};
