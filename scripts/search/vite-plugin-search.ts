import MiniSearch from 'minisearch';
import type { Plugin } from 'vite';
import type { Topic } from '../../src/content/topic.ts';
import { LABEL_TITLES, searchIndexOptions } from '../../src/features/search/lib/search-options.ts';
import type { SearchDoc } from '../../src/features/search/lib/types.ts';
import { compileTopicsDir } from '../topics/vite-plugin-topics.ts';

const INDEX_ID = 'virtual:search-index';

/**
 * Everything of the course a reader can search, one document per place a result can lead to.
 * The anchors are the ids the topic page renders (src/features/reader/components/topic-parts.tsx
 * and each section's heading); vite-plugin-search.test.ts checks them.
 */
export const courseDocs = (topics: readonly Topic[]): SearchDoc[] =>
  topics.flatMap((topic): SearchDoc[] => {
    const { slug, title: topicTitle } = topic;
    const page = `/topics/${slug}`;
    const doc = (id: string, kind: SearchDoc['kind'], title: string, text: string, href: string) =>
      ({ id: `${kind}:${slug}:${id}`, kind, topic: slug, topicTitle, title, text, href }) as const;
    return [
      doc('topic', 'topic', topicTitle, topic.summary, page),
      ...topic.sections.map((section) =>
        doc(section.id, 'section', section.title, section.text, `${page}#${section.id}`),
      ),
      ...(topic.reframe
        ? [
            doc(
              'from-fear-to-strength',
              'section',
              'From fear to strength',
              [topic.reframe.fear, topic.reframe.strength, topic.reframe.how].join('\n'),
              `${page}#from-fear-to-strength`,
            ),
          ]
        : []),
      ...topic.takeaways.map((takeaway, index) =>
        doc(
          `takeaway-${index + 1}`,
          'takeaway',
          LABEL_TITLES.takeaway,
          takeaway,
          `${page}#key-takeaways`,
        ),
      ),
      ...topic.examples.map((example) =>
        doc(
          example.id,
          'example',
          example.title,
          [
            example.what,
            example.lesson,
            ...example.sources.map((source) => `${source.title}, ${source.author}`),
          ].join('\n'),
          `${page}#example-${example.id}`,
        ),
      ),
      ...topic.reflections.map((reflection) =>
        doc(
          reflection.id,
          'reflection',
          reflection.prompt,
          '',
          `${page}#reflection-${reflection.id}`,
        ),
      ),
      ...topic.experiments.map((experiment) =>
        doc(
          experiment.id,
          'experiment',
          experiment.title,
          experiment.description,
          `${page}#experiment-${experiment.id}`,
        ),
      ),
    ];
  });

/** The course's MiniSearch index, serialized as `MiniSearch.loadJSON` reads it. */
export const buildCourseIndex = (topics: readonly Topic[]): string => {
  const index = new MiniSearch<SearchDoc>(searchIndexOptions);
  index.addAll(courseDocs(topics));
  return JSON.stringify(index);
};

/**
 * Serves `virtual:search-index`: the course's search index, built from the compiled topics at
 * build time so the browser never indexes the course itself. The default export is the index as
 * a JSON string, not an object literal: a browser parses a string literal and JSON.parse faster
 * than the same data as JavaScript (`npm run bench` measures both).
 */
export const searchPlugin = (topicsDir: string): Plugin => ({
  name: 'debugging-leadership:search',
  resolveId(id) {
    return id === INDEX_ID ? `\0${INDEX_ID}` : undefined;
  },
  load(id) {
    if (id !== `\0${INDEX_ID}`) return undefined;
    const topics = compileTopicsDir(topicsDir, (file) => this.addWatchFile(file));
    return `export default ${JSON.stringify(buildCourseIndex(topics))};`;
  },
});
