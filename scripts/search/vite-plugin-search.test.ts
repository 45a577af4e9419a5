import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { render } from '@testing-library/react';
import MiniSearch from 'minisearch';
import { createElement } from 'react';
import { MemoryRouter } from 'react-router';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { TopicBody } from '../../src/features/reader/components/topic-body.tsx';
import {
  Examples,
  Experiments,
  FearReframe,
  Reflections,
  Takeaways,
} from '../../src/features/reader/components/topic-parts.tsx';
import { createSearchEngine } from '../../src/features/search/lib/search-engine.ts';
import { searchIndexOptions } from '../../src/features/search/lib/search-options.ts';
import type { SearchResults } from '../../src/features/search/lib/types.ts';
import { compileTopicsDir } from '../topics/vite-plugin-topics.ts';
import { buildCourseIndex, courseDocs, searchPlugin } from './vite-plugin-search.ts';

const topicsDir = path.resolve('src/content/topics');
const topics = compileTopicsDir(topicsDir);
const docs = courseDocs(topics);
const engine = createSearchEngine(buildCourseIndex(topics));

const hrefs = (results: SearchResults) =>
  results.groups.flatMap((group) => group.hits.map((hit) => hit.href));

describe('courseDocs', () => {
  it('makes a document of every part of every topic, with unique ids', () => {
    const kinds = new Set(docs.map((doc) => doc.kind));
    expect([...kinds].sort()).toEqual(
      ['example', 'experiment', 'reflection', 'section', 'takeaway', 'topic'].sort(),
    );
    expect(new Set(docs.map((doc) => doc.id)).size).toBe(docs.length);
    for (const topic of topics) {
      const own = docs.filter((doc) => doc.topic === topic.slug);
      expect(own.filter((doc) => doc.kind === 'topic')).toHaveLength(1);
      expect(own.filter((doc) => doc.kind === 'example')).toHaveLength(topic.examples.length);
      expect(own.every((doc) => doc.topicTitle === topic.title)).toBe(true);
    }
  });

  it('leads only to anchors the topic page renders', () => {
    for (const topic of topics) {
      // TopicBody follows in-app links through the router, so it renders inside one.
      const { container } = render(
        createElement(
          MemoryRouter,
          null,
          createElement(TopicBody, { sections: topic.sections }),
          createElement(Takeaways, { items: topic.takeaways }),
          topic.reframe ? createElement(FearReframe, { reframe: topic.reframe }) : null,
          createElement(Reflections, { reflections: topic.reflections }),
          createElement(Examples, { examples: topic.examples }),
          createElement(Experiments, { experiments: topic.experiments }),
        ),
      );
      for (const doc of docs.filter((d) => d.topic === topic.slug)) {
        const [page, anchor] = doc.href.split('#');
        expect(page).toBe(`/topics/${topic.slug}`);
        if (anchor === undefined) continue;
        expect(container.querySelector(`[id="${anchor}"]`), doc.href).not.toBeNull();
      }
    }
  });
});

describe('the course index', () => {
  it('finds a section by a word of its body, leading to that section', () => {
    expect(hrefs(engine.search('kernel'))).toEqual([
      '/topics/strategy-and-execution#diagnosis-not-wish',
    ]);
  });

  it('finds every topic by its title, first', () => {
    for (const topic of topics) {
      const [first] = engine.search(topic.title).groups[0]?.hits ?? [];
      expect(first?.href, topic.title).toBe(`/topics/${topic.slug}`);
    }
  });

  it('finds examples by their sources, reflections by their prompts, experiments by title', () => {
    for (const topic of topics) {
      for (const example of topic.examples) {
        for (const source of example.sources) {
          expect(hrefs(engine.search(source.title)), source.title).toContain(
            `/topics/${topic.slug}#example-${example.id}`,
          );
        }
      }
      for (const reflection of topic.reflections) {
        expect(hrefs(engine.search(reflection.prompt)), reflection.prompt).toContain(
          `/topics/${topic.slug}#reflection-${reflection.id}`,
        );
      }
      for (const experiment of topic.experiments) {
        expect(hrefs(engine.search(experiment.title)), experiment.title).toContain(
          `/topics/${topic.slug}#experiment-${experiment.id}`,
        );
      }
    }
  });

  it('finds takeaways, leading to the key takeaways', () => {
    const topic = topics[0];
    const takeaway = topic?.takeaways[0] ?? '';
    const results = engine.search(takeaway);
    const hit = results.groups[0]?.hits.find((h) => h.kind === 'takeaway');
    expect(hit).toMatchObject({ href: `/topics/${topic?.slug}#key-takeaways`, text: takeaway });
  });
});

describe('searchPlugin in a Vite build', () => {
  let workDir: string | undefined;
  afterEach(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
    workDir = undefined;
  });

  it('serves the serialized index as virtual:search-index, loadable with the shared options', async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'search-build-'));
    const entry = path.join(workDir, 'entry.js');
    await writeFile(entry, `export { default } from 'virtual:search-index';\n`);
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: workDir,
      plugins: [searchPlugin(topicsDir)],
      build: { write: false, lib: { entry, formats: ['cjs'], fileName: 'out' } },
    });
    const output = Array.isArray(result) ? result[0] : result;
    if (!output || !('output' in output)) throw new Error('expected a build output');
    const [chunk] = output.output;
    if (chunk?.type !== 'chunk') throw new Error('expected a chunk');
    // Run the chunk as CommonJS: the test runner cannot import a file outside the project.
    const module: { exports: unknown } = { exports: {} };
    new Function('module', 'exports', chunk.code)(module, module.exports);
    // A lone default export is the module itself in CommonJS, or its `default` with interop.
    const { exports } = module;
    const served =
      typeof exports === 'object' && exports !== null && 'default' in exports
        ? exports.default
        : exports;
    if (typeof served !== 'string') throw new Error('expected the index as a JSON string');
    const index = MiniSearch.loadJSON(served, searchIndexOptions);
    expect(index.documentCount).toBe(docs.length);
    expect(index.search('kernel').map((result) => result.href)).toEqual([
      '/topics/strategy-and-execution#diagnosis-not-wish',
    ]);
  }, 60_000);
});
