import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { isTopicSlug, journeyOrder, stageOf } from '../../src/content/stages.ts';
import type { Topic, TopicOutline, TopicSummary } from '../../src/content/topic.ts';
import { compileTopic, TopicError } from './compile-topic.ts';

const INDEX_ID = 'virtual:topic-index';
const OUTLINES_ID = 'virtual:topic-outlines';
const virtualIds = new Set([INDEX_ID, OUTLINES_ID]);

const summarize = (topic: Topic): TopicSummary => ({
  slug: topic.slug,
  title: topic.title,
  summary: topic.summary,
  stageId: stageOf(topic.slug),
  readingMinutes: topic.readingMinutes,
});

export const outline = (topic: Topic): TopicOutline => ({
  slug: topic.slug,
  sections: topic.sections.map(({ id, title }) => ({ id, title })),
  reflections: topic.reflections.map(({ id, prompt }) => ({ id, prompt })),
  // Retired ones last: the page no longer offers them, but a reader's log still needs a title.
  experiments: [...topic.experiments, ...(topic.retiredExperiments ?? [])].map(({ id, title }) => ({
    id,
    title,
  })),
});

/** Checks what no single file can: the set of files, cross-references and app-wide ids. */
export const checkCatalog = (topics: Topic[]): void => {
  const slugs = new Set(topics.map((topic) => topic.slug));
  const missing = journeyOrder.filter((slug) => !slugs.has(slug));
  if (missing.length > 0) throw new TopicError(`topics missing a file: ${missing.join(', ')}`);
  const seenIds = new Map<string, string>();
  for (const topic of topics) {
    for (const related of topic.related) {
      if (!isTopicSlug(related))
        throw new TopicError(`${topic.slug}.md: related: "${related}" is not a topic slug`);
    }
    // Notes and experiment logs are keyed by these ids, so they must be unique app-wide.
    const retired = topic.retiredExperiments ?? [];
    for (const { id } of [
      ...topic.reflections,
      ...topic.experiments,
      ...retired,
      ...topic.examples,
    ]) {
      const owner = seenIds.get(id);
      if (owner)
        throw new TopicError(`${topic.slug}.md: id "${id}" is already used in ${owner}.md`);
      seenIds.set(id, topic.slug);
    }
  }
};

export const compileTopicFile = (file: string): Topic => {
  const slug = path.basename(file, '.md');
  const name = path.relative(process.cwd(), file);
  if (!isTopicSlug(slug))
    throw new TopicError(`${name}: "${slug}" is not a topic slug listed in src/content/stages.ts`);
  return compileTopic(name, slug, readFileSync(file, 'utf8'));
};

/**
 * Every topic in the directory, compiled and checked as a catalog, in journey order. `watch` is
 * told each file read, so a plugin can rebuild its module when one changes.
 */
export const compileTopicsDir = (topicsDir: string, watch?: (file: string) => void): Topic[] => {
  const files = readdirSync(topicsDir).filter((name) => name.endsWith('.md'));
  const topics = files.map((name) => {
    const file = path.join(topicsDir, name);
    watch?.(file);
    return compileTopicFile(file);
  });
  checkCatalog(topics);
  return journeyOrder.flatMap((slug) => topics.filter((topic) => topic.slug === slug));
};

/**
 * Compiles src/content/topics/*.md at build time, so the client gets plain data and no Markdown
 * or YAML parser. `import topic from './topics/<slug>.md'` yields one Topic (its own chunk when
 * imported lazily); `virtual:topic-index` yields the TopicSummary list in journey order, and
 * `virtual:topic-outlines` the TopicOutline list (headings and prompts, no prose).
 */
export const topicsPlugin = (topicsDir: string): Plugin => {
  const isTopicFile = (id: string) => id.startsWith(topicsDir) && id.endsWith('.md');
  return {
    name: 'debugging-leadership:topics',
    enforce: 'pre',
    resolveId(id) {
      return virtualIds.has(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id.startsWith('\0') && virtualIds.has(id.slice(1))) {
        const ordered = compileTopicsDir(topicsDir, (file) => this.addWatchFile(file));
        const entries = id.slice(1) === INDEX_ID ? ordered.map(summarize) : ordered.map(outline);
        return `export default ${JSON.stringify(entries)};`;
      }
      const file = id.split('?')[0] ?? id;
      if (isTopicFile(file)) {
        return `export default ${JSON.stringify(compileTopicFile(file))};`;
      }
      return undefined;
    },
  };
};
