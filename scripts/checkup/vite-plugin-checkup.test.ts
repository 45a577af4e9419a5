import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { AREAS } from '../../src/content/areas.ts';
import type { Checkup } from '../../src/content/checkup-schema.ts';
import { compileTopicFile } from '../topics/vite-plugin-topics.ts';
import { CheckupError, checkupPlugin, compileCheckup } from './vite-plugin-checkup.ts';

const realCheckup = path.resolve('src/content/checkup.yaml');
const realTopics = path.resolve('src/content/topics');
let workDir: string | undefined;

afterEach(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
  workDir = undefined;
});

/** Runs a real Vite build of a tiny entry that imports the check-up. */
async function buildWithCheckup(change?: (checkup: Checkup) => void) {
  workDir = await mkdtemp(path.join(tmpdir(), 'checkup-build-'));
  const topicsDir = path.join(workDir, 'topics');
  await cp(realTopics, topicsDir, { recursive: true });
  const checkupFile = path.join(workDir, 'checkup.yaml');
  const checkup = parse(await readFile(realCheckup, 'utf8')) as Checkup;
  change?.(checkup);
  await writeFile(checkupFile, stringify(checkup));
  const entry = path.join(workDir, 'entry.js');
  await writeFile(
    entry,
    `import { items, questions } from 'virtual:checkup';\nexport default { items, questions };\n`,
  );
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: workDir,
    plugins: [checkupPlugin(checkupFile, topicsDir)],
    build: { write: false, lib: { entry, formats: ['es'], fileName: 'out' } },
  });
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error('expected a build output');
  return output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

describe('checkupPlugin in a Vite build', () => {
  it('serves the real check-up as plain data, with no YAML parser in the output', async () => {
    const code = await buildWithCheckup();
    expect(code).toContain('design-reading');
    expect(code).toContain('multiplying-expertise');
    expect(code).not.toMatch(/YAMLParseError|valibot/);
  }, 60_000);

  it('fails the build on an item with a missing statement, naming the file and the field', async () => {
    const failing = buildWithCheckup((checkup) => {
      checkup.items[2]?.statements.pop();
    });
    await expect(failing).rejects.toThrow(
      /checkup\.yaml: does not match the check-up schema[^\n]*\n\s+- items\.2\.statements: must have exactly 5 statements/,
    );
  }, 60_000);

  it('fails the build when an item points at a section its topic does not have', async () => {
    const failing = buildWithCheckup((checkup) => {
      const item = checkup.items[5];
      if (item) item.section = 'no-such-section';
    });
    await expect(failing).rejects.toThrow(
      /checkup\.yaml: items\.5\.section: "no-such-section" \(item "[a-z-]+"\) is not a section of [a-z-]+\.md/,
    );
  }, 60_000);
});

describe('compileCheckup', () => {
  const source = (change: (checkup: Checkup) => void) =>
    readFile(realCheckup, 'utf8').then((text) => {
      const checkup = parse(text) as Checkup;
      change(checkup);
      return stringify(checkup);
    });
  const anySection = () => ['what-the-fear-is', 'staying-credible'];
  const compile = async (change: (checkup: Checkup) => void) =>
    compileCheckup('checkup.yaml', await source(change), anySection);

  it('accepts the real file: two items per area, five statements each, three questions', async () => {
    const checkup = compileCheckup('checkup.yaml', await readFile(realCheckup, 'utf8'), (slug) =>
      compileTopicFile(path.join(realTopics, `${slug}.md`)).sections.map((section) => section.id),
    );
    expect(checkup.items).toHaveLength(18);
    expect(checkup.questions).toHaveLength(3);
    for (const area of AREAS) {
      expect(checkup.items.filter((item) => item.topic === area)).toHaveLength(2);
    }
  });

  it('refuses a duplicate id, naming it', async () => {
    await expect(
      compile((checkup) => {
        const [first, second] = checkup.items;
        if (first && second) second.id = first.id;
      }),
    ).rejects.toThrow(/- items: ids must be unique; used twice: design-reading/);
  });

  it('refuses an id that is not kebab-case', async () => {
    await expect(
      compile((checkup) => {
        const item = checkup.items[0];
        if (item) item.id = 'Design_Reading';
      }),
    ).rejects.toThrow(/- items\.0\.id: must be kebab-case/);
  });

  it('refuses a topic outside the nine areas', async () => {
    await expect(
      compile((checkup) => {
        const item = checkup.items[3];
        if (item) item.topic = 'is-leadership-for-me' as never;
      }),
    ).rejects.toThrow(/- items\.3\.topic: must be one of the nine areas/);
  });

  it('refuses an area with more or fewer than two items, naming the areas', async () => {
    await expect(
      compile((checkup) => {
        checkup.items.splice(0, 1);
      }),
    ).rejects.toThrow(/- items: each area needs exactly 2 items; fear-losing-technical-edge has 1/);
  });

  it('refuses a fourth question, an unknown field and reverse: false', async () => {
    await expect(
      compile((checkup) => {
        checkup.questions.push('One more?');
        Object.assign(checkup.items[0] ?? {}, { hint: 'x' });
        Object.assign(checkup.items[1] ?? {}, { reverse: false });
      }),
    ).rejects.toThrow(
      /- items\.0\.hint: [^\n]+\n\s+- items\.1\.reverse: must be true, or left out[^\n]+\n\s+- questions: must have exactly 3 questions/,
    );
  });

  it('refuses a file that is not YAML', () => {
    expect(() => compileCheckup('checkup.yaml', 'items: [\n', anySection)).toThrow(CheckupError);
    expect(() => compileCheckup('checkup.yaml', 'items: [\n', anySection)).toThrow(
      /^checkup\.yaml: is not valid YAML: /,
    );
  });
});
