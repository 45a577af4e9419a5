import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import type { Plugin } from 'vite';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { type Checkup, CheckupSchema } from '../../src/content/checkup-schema.ts';
import type { TopicSlug } from '../../src/content/stages.ts';
import { compileTopicFile } from '../topics/vite-plugin-topics.ts';

const CHECKUP_ID = 'virtual:checkup';

/** Thrown for any problem in the check-up file; the message names the file and the field. */
export class CheckupError extends Error {
  override name = 'CheckupError';
}

/**
 * Parses and checks the check-up file's text. Pure apart from `sectionsOf`, which gives the
 * section ids of a topic, so the cross-references can be checked against the real topics.
 */
export const compileCheckup = (
  file: string,
  source: string,
  sectionsOf: (slug: TopicSlug) => readonly string[],
): Checkup => {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message : String(error);
    throw new CheckupError(`${file}: is not valid YAML: ${detail}`);
  }
  const result = v.safeParse(CheckupSchema, data);
  if (!result.success) {
    const problems = result.issues.map(
      (issue) => `  - ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`,
    );
    throw new CheckupError(
      `${file}: does not match the check-up schema (src/content/checkup-schema.ts):\n${problems.join('\n')}`,
    );
  }
  result.output.items.forEach((item, index) => {
    const sections = sectionsOf(item.topic);
    if (!sections.includes(item.section)) {
      throw new CheckupError(
        `${file}: items.${index}.section: "${item.section}" (item "${item.id}") is not a section of ${item.topic}.md; its sections are ${sections.join(', ')}`,
      );
    }
  });
  return result.output;
};

/**
 * Validates src/content/checkup.yaml at build time and serves it as `virtual:checkup`
 * (`export const items, questions`), so the client gets plain checked data and no YAML parser.
 * A broken file, or an item pointing at a section its topic lacks, fails the build.
 */
export const checkupPlugin = (checkupFile: string, topicsDir: string): Plugin => ({
  name: 'debugging-leadership:checkup',
  enforce: 'pre',
  resolveId(id) {
    return id === CHECKUP_ID ? `\0${id}` : undefined;
  },
  load(id) {
    if (id !== `\0${CHECKUP_ID}`) return undefined;
    // Watched like the topics plugin's files: an edit to the check-up, or to a topic's
    // headings, invalidates the module and the dev server reloads it.
    this.addWatchFile(checkupFile);
    const sectionIds = new Map<TopicSlug, string[]>();
    const sectionsOf = (slug: TopicSlug) => {
      const known = sectionIds.get(slug);
      if (known) return known;
      const topicFile = path.join(topicsDir, `${slug}.md`);
      this.addWatchFile(topicFile);
      const ids = compileTopicFile(topicFile).sections.map((section) => section.id);
      sectionIds.set(slug, ids);
      return ids;
    };
    const { items, questions } = compileCheckup(
      path.relative(process.cwd(), checkupFile),
      readFileSync(checkupFile, 'utf8'),
      sectionsOf,
    );
    return `export const items = ${JSON.stringify(items)};\nexport const questions = ${JSON.stringify(questions)};\n`;
  },
});
