import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Feeling } from '@/store/format/schema';
import { markdownishText } from '@/testing/markdown-arbitraries';
import { answerStart, type BriefInput, briefFileName, briefMarkdown } from './brief';

const markdown = new MarkdownIt({ html: true, linkify: false });

const full: BriefInput = {
  date: '2026-11-25',
  profileLabel: 'A new manager or lead (first year)',
  areas: [
    { label: 'Fear: losing your technical edge', score: 75, change: 'up 15' },
    { label: 'Fear: the people side', score: 38, change: 'new' },
    { label: 'Strategy and execution', change: 'not scored' },
    { label: 'Resource management', change: 'no longer scored' },
  ],
  experiments: [
    {
      topicTitle: 'Strategy and execution',
      title: 'Write a one-page strategy',
      feeling: 'energising',
      why: 'It *finally* made sense.',
    },
    { topicTitle: 'Fear: the people side', title: 'Run a 1:1', why: '' },
  ],
  notes: [
    {
      topicTitle: 'Fear: the people side',
      prompt: 'Which talk are you postponing?',
      body: 'The one with Sam.\n# not a heading',
    },
    { topicTitle: 'Fear: the people side', body: 'A free note:\n- with a list' },
    {
      topicTitle: 'Strategy and execution',
      prompt: 'What would you stop doing?',
      body: '> not a quote',
    },
  ],
  ask: 'Time to run the next incident review.',
  feedback: 'Written, the day after.',
  nextCheckIn: '2026-12-09',
  questions: ['What would you like me to own next quarter?', 'Where do I lose the room?'],
};

describe('briefMarkdown', () => {
  it('writes the date and profile, check-up, experiments, picked notes, the three fields and questions', () => {
    expect(briefMarkdown(full)).toBe(`# My 1:1 brief, 25 November 2026

Where I am: A new manager or lead (first year).

Prepared with Debugging Leadership. The check-up is a reflection aid, not a test; the words under the prompts are mine.

## Latest check-up

Each area from 0 to 100, higher meaning more at ease; in brackets, the change since the check-up before.

- Fear: losing your technical edge: 75 of 100 (up 15)
- Fear: the people side: 38 of 100 (new)
- Strategy and execution: not scored
- Resource management: not scored (no longer scored)

## Experiments I tried

- **Write a one-page strategy** (Strategy and execution): felt energising. It *finally* made sense.
- **Run a 1:1** (Fear: the people side)

## Notes

### Fear: the people side

> Which talk are you postponing?

The one with Sam.\\
\\# not a heading

A free note:
- with a list

### Strategy and execution

> What would you stop doing?

\\> not a quote

## What I want to ask for

Time to run the next incident review.

## How I like feedback

Written, the day after.

## Next check-in

9 December 2026

## Questions to bring

1. What would you like me to own next quarter?
2. Where do I lose the room?
`);
  });

  it('leaves out what is empty instead of printing blank headings', () => {
    const text = briefMarkdown({
      date: '2026-11-25',
      areas: [],
      experiments: [],
      notes: [{ topicTitle: 'Fear: the people side', prompt: 'Which talk?', body: '  \n ' }],
      ask: ' ',
      feedback: '',
      nextCheckIn: '',
      questions: ['', '  '],
    });
    expect(text).toBe(`# My 1:1 brief, 25 November 2026

Prepared with Debugging Leadership. The check-up is a reflection aid, not a test; the words under the prompts are mine.

## Latest check-up

No check-up yet.
`);
  });

  it('reads a calendar day the same in every time zone, and shows anything else as it is', () => {
    const day = (nextCheckIn: string) =>
      briefMarkdown({ ...full, nextCheckIn })
        .split('## Next check-in\n\n')[1]
        ?.split('\n')[0];
    expect(day('2026-01-01')).toBe('1 January 2026');
    expect(day('2026-02-31')).toBe('2026-02-31');
    expect(day('next *Tuesday*')).toBe('next \\*Tuesday\\*');
  });

  it('is deterministic: the same input gives the same text', () => {
    const text = fc.string({ maxLength: 40 });
    const input: fc.Arbitrary<BriefInput> = fc.record(
      {
        date: fc.constantFrom('2026-11-25', '2027-01-31'),
        profileLabel: text,
        areas: fc.array(
          fc.record(
            { label: text, score: fc.integer({ min: 0, max: 100 }), change: text },
            { requiredKeys: ['label'] },
          ),
          { maxLength: 9 },
        ),
        experiments: fc.array(
          fc.record(
            {
              topicTitle: text,
              title: text,
              feeling: fc.constantFrom<Feeling>('energising', 'neutral', 'draining'),
              why: text,
            },
            { requiredKeys: ['topicTitle', 'title', 'why'] },
          ),
          { maxLength: 5 },
        ),
        notes: fc.array(
          fc.record(
            { topicTitle: text, prompt: text, body: text },
            { requiredKeys: ['topicTitle', 'body'] },
          ),
          { maxLength: 5 },
        ),
        ask: text,
        feedback: text,
        nextCheckIn: fc.constantFrom('', '2026-12-09'),
        questions: fc.array(text, { maxLength: 3 }),
      },
      {
        requiredKeys: [
          'date',
          'areas',
          'experiments',
          'notes',
          'ask',
          'feedback',
          'nextCheckIn',
          'questions',
        ],
      },
    );
    fc.assert(
      fc.property(input, (brief) => {
        expect(briefMarkdown(structuredClone(brief))).toBe(briefMarkdown(brief));
      }),
    );
  });

  it('keeps its own headings, quotes and lists whatever the reader (or the content) wrote', () => {
    const anyText = markdownishText(fc.string({ unit: 'grapheme', maxLength: 12 }));
    const input = fc.record({
      profileLabel: anyText,
      areas: fc.array(fc.record({ label: anyText, change: anyText }), {
        minLength: 1,
        maxLength: 3,
      }),
      experiments: fc.array(fc.record({ topicTitle: anyText, title: anyText, why: anyText }), {
        minLength: 1,
        maxLength: 3,
      }),
      notes: fc.array(fc.record({ topicTitle: anyText, prompt: anyText, body: anyText }), {
        minLength: 1,
        maxLength: 3,
      }),
      ask: anyText,
      feedback: anyText,
      questions: fc.array(anyText, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(input, (picked) => {
        const brief: BriefInput = { ...picked, date: '2026-11-25', nextCheckIn: '2026-12-09' };
        const tokens = markdown.parse(briefMarkdown(brief), {});

        const notes = picked.notes.filter((note) => note.body.trim() !== '');
        const prompted = notes.filter((note) => note.prompt.trim() !== '');
        let topics = 0;
        notes.forEach((note, i) => {
          if (i === 0 || notes[i - 1]?.topicTitle !== note.topicTitle) topics += 1;
        });
        const questions = brief.questions.filter((q) => q.trim() !== '');
        const sections = [
          'Latest check-up',
          'Experiments I tried',
          ...(notes.length > 0 ? ['Notes'] : []),
          ...(brief.ask.trim() ? ['What I want to ask for'] : []),
          ...(brief.feedback.trim() ? ['How I like feedback'] : []),
          'Next check-in',
          ...(questions.length > 0 ? ['Questions to bring'] : []),
        ];

        const headings = tokens.flatMap((token, i) =>
          token.type === 'heading_open' ? [{ tag: token.tag, level: token.level, i }] : [],
        );
        // Every heading is the document's own, at the top level: h1, the sections, a topic each.
        expect(headings.map((h) => h.level).every((level) => level === 0)).toBe(true);
        expect(headings.filter((h) => h.tag === 'h1')).toHaveLength(1);
        expect(headings.filter((h) => h.tag === 'h3')).toHaveLength(topics);
        expect(headings.filter((h) => h.tag === 'h2').map((h) => tokens[h.i + 1]?.content)).toEqual(
          sections,
        );
        expect(headings.some((h) => !['h1', 'h2', 'h3'].includes(h.tag))).toBe(false);

        // One quote per prompt, never one the reader opened.
        expect(tokens.filter((token) => token.type === 'blockquote_open')).toHaveLength(
          prompted.length,
        );
        for (const token of tokens) {
          expect(['hr', 'fence', 'code_block', 'html_block', 'table_open']).not.toContain(
            token.type,
          );
          for (const child of token.children ?? []) expect(child.type).not.toBe('html_inline');
        }

        // The document's own lists have exactly one item per area, experiment and question:
        // the reader's text may make lists of its own in notes and fields, never add to these.
        const itemsUnder = (heading: string) => {
          const start = tokens.findIndex(
            (token, i) => token.tag === 'h2' && tokens[i + 1]?.content === heading,
          );
          if (start === -1) return 0;
          let count = 0;
          for (let i = start + 1; i < tokens.length; i += 1) {
            const token = tokens[i];
            if (token?.type === 'heading_open' && token.tag === 'h2') break;
            if (token?.type === 'list_item_open' && token.level === 1) count += 1;
          }
          return count;
        };
        expect(itemsUnder('Latest check-up')).toBe(brief.areas.length);
        expect(itemsUnder('Experiments I tried')).toBe(brief.experiments.length);
        expect(itemsUnder('Questions to bring')).toBe(questions.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('briefFileName', () => {
  it('names the file with the day', () => {
    expect(briefFileName('2026-11-25')).toBe('one-to-one-brief-2026-11-25.md');
    expect(briefFileName('2026-11-25T23:10:00.000Z')).toBe('one-to-one-brief-2026-11-25.md');
  });
});

describe('answerStart', () => {
  it('keeps a short answer whole, on one line', () => {
    expect(answerStart('  Impact,\n\nI think. ')).toBe('Impact, I think.');
  });

  it('cuts a long answer at a word, never inside an emoji', () => {
    expect(answerStart('The one with Sam about the reorg and the rota', 20)).toBe(
      'The one with Sam…',
    );
    expect(answerStart('😀'.repeat(30), 10)).toBe(`${'😀'.repeat(10)}…`);
  });
});
