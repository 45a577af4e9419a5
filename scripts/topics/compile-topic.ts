import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import * as v from 'valibot';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { TopicFrontmatterSchema } from '../../src/content/schema.ts';
import type { TopicSlug } from '../../src/content/stages.ts';
import type { Topic, TopicSection } from '../../src/content/topic.ts';

/** Thrown for any problem in a topic file; the message names the file and the field. */
export class TopicError extends Error {
  override name = 'TopicError';
}

/** Average adult silent reading speed for non-fiction; rounded up so estimates are not optimistic. */
const WORDS_PER_MINUTE = 220;
const HEADING_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

// html: false means raw HTML in a topic is shown as text, never injected.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });

/** A link in topic prose to a page of the app itself, such as "/assessment#energy-map". */
export const isAppLink = (href: string): boolean => href.startsWith('/');

// A link in topic prose points at a source on another site, or (starting with "/") at a page of
// the app. A source opens in a new tab without handing that site a reference to this page, and
// says so to assistive tech; an app link stays in the tab (class app-link: TopicBody sends it
// through the router, under the base).
type LinkEnv = { links?: boolean[] };
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index] as Token;
  const inApp = isAppLink(token.attrGet('href') ?? '');
  const links = env as LinkEnv; // compileSections renders each section with its own {}
  links.links = [...(links.links ?? []), inApp];
  if (inApp) {
    token.attrJoin('class', 'app-link');
  } else {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
    token.attrJoin('class', 'external');
  }
  return self.renderToken(tokens, index, options);
};
markdown.renderer.rules.link_close = (_tokens, _index, _options, env) => {
  const inApp = (env as LinkEnv).links?.pop();
  return inApp ? '</a>' : '<span class="visually-hidden"> (opens in a new tab)</span></a>';
};

export const countWords = (text: string): number =>
  text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const splitFrontmatter = (file: string, source: string) => {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match)
    throw new TopicError(`${file}: must start with a frontmatter block between --- lines`);
  return { yaml: match[1] ?? '', body: match[2] ?? '' };
};

const parseFrontmatter = (file: string, yaml: string) => {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message : String(error);
    throw new TopicError(`${file}: frontmatter is not valid YAML: ${detail}`);
  }
  const result = v.safeParse(TopicFrontmatterSchema, data);
  if (!result.success) {
    const problems = result.issues.map(
      (issue) => `  - ${v.getDotPath(issue) ?? '(frontmatter)'}: ${issue.message}`,
    );
    throw new TopicError(
      `${file}: frontmatter does not match the topic schema:\n${problems.join('\n')}`,
    );
  }
  return result.output;
};

const inlineText = (token: Token | undefined): string =>
  (token?.children ?? [])
    .map((child) =>
      child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content,
    )
    .join('');

const plainText = (tokens: Token[]): string =>
  tokens
    .filter((token) => token.type === 'inline')
    .map((token) => inlineText(token))
    .join('\n')
    .trim();

/** Splits the body at its level-2 headings, each of which must carry a `{#stable-id}`. */
const compileSections = (file: string, body: string): TopicSection[] => {
  const tokens = markdown.parse(body, {});
  const sections: TopicSection[] = [];
  let current: { id: string; title: string; tokens: Token[] } | undefined;
  const finish = () => {
    if (!current) return;
    const html = markdown.renderer.render(current.tokens, markdown.options, {}).trim();
    sections.push({ id: current.id, title: current.title, html, text: plainText(current.tokens) });
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === 'heading_open' && token.tag === 'h1') {
      throw new TopicError(
        `${file}: body must not contain a level-1 heading (the page supplies the title)`,
      );
    }
    if (token.type === 'heading_open' && token.tag === 'h2') {
      const inline = tokens[index + 1];
      const raw = inline?.content ?? '';
      const id = HEADING_ID.exec(raw)?.[1];
      if (!id)
        throw new TopicError(
          `${file}: section heading "${raw}" needs a stable id, like "## Title {#title}"`,
        );
      if (sections.some((section) => section.id === id) || current?.id === id) {
        throw new TopicError(`${file}: section id "${id}" is used twice`);
      }
      finish();
      current = { id, title: raw.replace(HEADING_ID, '').trim(), tokens: [] };
      index += 2; // skip the heading's inline and closing tokens
      continue;
    }
    if (!current) {
      if (token.type === 'inline' && token.content.trim() === '') continue;
      throw new TopicError(`${file}: body must start with a "## Section {#id}" heading`);
    }
    current.tokens.push(token);
  }
  finish();
  if (sections.length === 0)
    throw new TopicError(`${file}: body has no "## Section {#id}" headings`);
  return sections;
};

/** Compiles one topic file's text into the data the app renders. Pure: no file system access. */
export const compileTopic = (file: string, slug: TopicSlug, source: string): Topic => {
  const { yaml, body } = splitFrontmatter(file, source);
  const frontmatter = parseFrontmatter(file, yaml);
  if (frontmatter.related.includes(slug))
    throw new TopicError(`${file}: related must not list the topic itself`);
  const sections = compileSections(file, body);
  const wordCount = countWords(
    sections.map((section) => `${section.title}\n${section.text}`).join('\n'),
  );
  const pageText = [
    ...frontmatter.takeaways,
    ...frontmatter.reflections.map((reflection) => reflection.prompt),
    ...frontmatter.examples.flatMap((example) => [example.title, example.what, example.lesson]),
    ...frontmatter.experiments.flatMap((experiment) => [experiment.title, experiment.description]),
  ].join(' ');
  const readingMinutes = Math.max(
    1,
    Math.ceil((wordCount + countWords(pageText)) / WORDS_PER_MINUTE),
  );
  return { ...frontmatter, slug, sections, wordCount, readingMinutes };
};
