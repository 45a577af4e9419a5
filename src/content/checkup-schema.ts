import * as v from 'valibot';
// The `.ts` extension: the build's Vite config loader imports this file and wants it.
import { AREAS } from './areas.ts';

/**
 * The shape of src/content/checkup.yaml. The build validates the file against it
 * (scripts/checkup/vite-plugin-checkup.ts) and the types are inferred from it. Only the build
 * imports the schema itself: the client gets already-validated data.
 */
const kebabId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)'),
);
const sentence = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

const STATEMENT_COUNT = 5;
const ITEMS_PER_AREA = 2;
const QUESTION_COUNT = 3;

export const CheckupItemSchema = v.strictObject({
  id: kebabId,
  topic: v.picklist(AREAS, `must be one of the nine areas: ${AREAS.join(', ')}`),
  /** A section id of the topic's Markdown: the build checks that it exists. */
  section: kebabId,
  question: v.pipe(sentence, v.maxLength(120, 'must be at most 120 characters')),
  /** Weakest first, unless `reverse` is set; a statement's level is its position (see score.ts). */
  statements: v.pipe(
    v.array(v.pipe(sentence, v.maxLength(110, 'must be at most 110 characters'))),
    v.length(STATEMENT_COUNT, `must have exactly ${STATEMENT_COUNT} statements`),
  ),
  reverse: v.optional(
    v.literal(true, 'must be true, or left out when the statements run weakest first'),
  ),
});

const duplicateIds = (items: readonly { id: string }[]) =>
  items.map((item) => item.id).filter((id, index, ids) => ids.indexOf(id) !== index);

const areaCounts = (items: readonly { topic: string }[]) =>
  AREAS.map((area) => [area, items.filter((item) => item.topic === area).length] as const);

export const CheckupSchema = v.strictObject({
  items: v.pipe(
    v.array(CheckupItemSchema),
    v.check(
      (items) => duplicateIds(items).length === 0,
      (issue) => `ids must be unique; used twice: ${duplicateIds(issue.input).join(', ')}`,
    ),
    v.check(
      (items) => areaCounts(items).every(([, count]) => count === ITEMS_PER_AREA),
      (issue) =>
        `each area needs exactly ${ITEMS_PER_AREA} items; ${areaCounts(issue.input)
          .filter(([, count]) => count !== ITEMS_PER_AREA)
          .map(([area, count]) => `${area} has ${count}`)
          .join(', ')}`,
    ),
  ),
  /** Questions to bring to a 1:1 with one's manager or mentor; the brief prints them. */
  questions: v.pipe(
    v.array(sentence),
    v.length(QUESTION_COUNT, `must have exactly ${QUESTION_COUNT} questions`),
  ),
});

export type CheckupItem = v.InferOutput<typeof CheckupItemSchema>;
export type Checkup = v.InferOutput<typeof CheckupSchema>;
