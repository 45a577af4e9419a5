import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Topic } from '../../src/content/topic.ts';
import { outline, topicsPlugin } from './vite-plugin-topics.ts';

const realTopics = path.resolve('src/content/topics');
let workDir: string | undefined;

/** Runs a real Vite build of a tiny entry that imports the topic index and one topic. */
async function buildWithTopics(change?: (topicsDir: string) => Promise<void>) {
  workDir = await mkdtemp(path.join(tmpdir(), 'topics-build-'));
  const topicsDir = path.join(workDir, 'topics');
  await cp(realTopics, topicsDir, { recursive: true });
  await change?.(topicsDir);
  const entry = path.join(workDir, 'entry.js');
  await writeFile(
    entry,
    `import index from 'virtual:topic-index';\nimport topic from './topics/resource-management.md';\nexport default [index, topic];\n`,
  );
  return build({
    configFile: false,
    logLevel: 'silent',
    root: workDir,
    plugins: [topicsPlugin(topicsDir)],
    build: { write: false, lib: { entry, formats: ['es'], fileName: 'out' } },
  });
}

afterEach(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('topicsPlugin in a Vite build', () => {
  it('compiles the real topics into plain data, with no Markdown or YAML parser in the output', async () => {
    const result = await buildWithTopics();
    const output = Array.isArray(result) ? result[0] : result;
    if (!output || !('output' in output)) throw new Error('expected a build output');
    const code = output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
    expect(code).toContain('resource-management');
    expect(code).not.toMatch(/markdown-it|MarkdownIt|YAMLParseError/);
  }, 60_000);

  it('fails the build on a broken topic, naming the file and the field', async () => {
    const failing = buildWithTopics(async (dir) => {
      const file = path.join(dir, 'strategy-and-execution.md');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^summary: .*$/m, 'summary: 42'));
    });
    await expect(failing).rejects.toThrow(
      /strategy-and-execution\.md: frontmatter does not match the topic schema:\n\s+- summary: /,
    );
  }, 60_000);

  it('fails the build when a related slug points nowhere', async () => {
    const failing = buildWithTopics(async (dir) => {
      const file = path.join(dir, 'purpose-and-meaning.md');
      const text = await readFile(file, 'utf8');
      await writeFile(
        file,
        text.replace(/^related: .*$/m, 'related: [no-such-topic, is-leadership-for-me]'),
      );
    });
    await expect(failing).rejects.toThrow(
      /purpose-and-meaning\.md: related: "no-such-topic" is not a topic slug/,
    );
  }, 60_000);
});

describe('outline', () => {
  it('names retired experiments after the offered ones, so a reader’s log keeps its title', () => {
    const topic = {
      slug: 'resource-management',
      sections: [],
      reflections: [],
      experiments: [{ id: 'offered-now', title: 'Offered now', description: 'Do it.' }],
      retiredExperiments: [{ id: 'offered-before', title: 'Offered before' }],
    } as unknown as Topic;
    expect(outline(topic).experiments).toEqual([
      { id: 'offered-now', title: 'Offered now' },
      { id: 'offered-before', title: 'Offered before' },
    ]);
  });
});
