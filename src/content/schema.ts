import * as v from 'valibot';

/**
 * The frontmatter of a topic file. The build validates every topic against it
 * (scripts/topics-plugin.ts), and the `Topic` types are inferred from it, so the schema is the
 * single description of what a topic holds. Only the build imports this file: the client gets
 * already-validated data.
 */
const kebabId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)'),
);
const sentence = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const listOf = <T extends v.GenericSchema>(item: T, min: number, max: number) =>
  v.pipe(
    v.array(item),
    v.minLength(min, `must have ${min} to ${max} items`),
    v.maxLength(max, `must have ${min} to ${max} items`),
  );

/** The year a source was published. A page that shows no date gets none: never a guess. */
const year = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100)));

export const SourceSchema = v.strictObject({
  title: sentence,
  author: sentence,
  year,
  url: v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https URL')),
});

/**
 * One entry of a topic's "Sources for this page": a fact the prose names that no example card
 * carries (a book, a paper, a post). A URL only where one was verified; a book without one is a
 * plain reference, so it names its publisher. `supports` says what on the page it backs.
 */
export const PageSourceSchema = v.pipe(
  v.strictObject({
    title: sentence,
    author: sentence,
    year,
    publisher: v.optional(sentence),
    url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https URL'))),
    supports: sentence,
  }),
  v.check(
    (source) => Boolean(source.url || source.publisher),
    'needs a verified https url, or a publisher for a plain book reference',
  ),
);

export const ReflectionSchema = v.strictObject({ id: kebabId, prompt: sentence });

export const ExampleSchema = v.strictObject({
  id: kebabId,
  title: sentence,
  what: sentence,
  lesson: sentence,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
});

export const ExperimentSchema = v.strictObject({
  id: kebabId,
  title: sentence,
  description: sentence,
});

/**
 * An experiment the topic no longer offers. A reader's log of it is their evidence, so the
 * notebook, the energy map and the export still show it, under the title it had.
 */
export const RetiredExperimentSchema = v.strictObject({ id: kebabId, title: sentence });

export const ReframeSchema = v.strictObject({ fear: sentence, strength: sentence, how: sentence });

export const TopicFrontmatterSchema = v.strictObject({
  title: sentence,
  summary: v.pipe(sentence, v.maxLength(240, 'must be one sentence of at most 240 characters')),
  takeaways: listOf(sentence, 3, 5),
  reflections: listOf(ReflectionSchema, 3, 5),
  examples: listOf(ExampleSchema, 3, 5),
  experiments: listOf(ExperimentSchema, 2, 4),
  sources: listOf(PageSourceSchema, 1, 20),
  retiredExperiments: v.optional(v.array(RetiredExperimentSchema)),
  reframe: v.optional(ReframeSchema),
  related: listOf(kebabId, 2, 3),
});

export type TopicFrontmatter = v.InferOutput<typeof TopicFrontmatterSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type PageSource = v.InferOutput<typeof PageSourceSchema>;
export type Reflection = v.InferOutput<typeof ReflectionSchema>;
export type Example = v.InferOutput<typeof ExampleSchema>;
export type Experiment = v.InferOutput<typeof ExperimentSchema>;
export type Reframe = v.InferOutput<typeof ReframeSchema>;
