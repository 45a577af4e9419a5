import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyOrder } from '../../src/content/stages.ts';
import { checkCatalog, compileTopicFile } from './vite-plugin-topics.ts';

const topicsDir = path.resolve('src/content/topics');
const files = readdirSync(topicsDir).filter((name) => name.endsWith('.md'));
// Each file compiles on its own, so a broken topic fails its own test and names itself rather
// than hiding the other eleven.
const compiled = files.map((name) => {
  try {
    return { name, topic: compileTopicFile(path.join(topicsDir, name)) };
  } catch (error) {
    return { name, error: error instanceof Error ? error.message : String(error) };
  }
});
const topics = compiled.flatMap((entry) => (entry.topic ? [entry.topic] : []));

/** Every source URL a topic gives: its example cards' and its page sources'. */
const urlsOf = (topic: (typeof topics)[number]): string[] => [
  ...topic.examples.flatMap((example) => example.sources.map((source) => source.url)),
  ...topic.sources.flatMap((source) => (source.url ? [source.url] : [])),
];

/**
 * People and works the topics lean on by name. A topic whose prose names one must say where to
 * check it: on its "Sources for this page" list or on an example card. Add a name when a topic
 * starts citing someone new.
 */
const NAMED_AUTHORITIES = [
  'Hill',
  'Grove',
  'Kim Scott',
  'Schein',
  'Rumelt',
  'Doerr',
  'Ries',
  'Brooks',
  'Team Topologies',
  'Pink',
  'Kerth',
  'Fournier',
  'Reilly',
  'Hogan',
  'Larson',
  'Majors',
  'Westrum',
  'Edmondson',
  'Amabile',
  'Grant',
  'Conway',
  'Tuckman',
  'Argyris',
  'Goldsmith',
  'Graham',
  'Allspaw',
  'Forsgren',
  'Gallup',
  'Knight Capital',
  'Peter Principle',
  'Spotify',
];

/** Lower case, single spaces, no end punctuation: two wordings that differ only so still match. */
const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!?]+$/, '')
    .trim();

/** The app pages prose may link to: the check-up and its parts, every topic and section. */
const appPages = new Set([
  '/assessment',
  '/assessment#energy-map',
  '/assessment#brief',
  ...topics.flatMap((topic) => [
    `/topics/${topic.slug}`,
    ...topic.sections.map((section) => `/topics/${topic.slug}#${section.id}`),
  ]),
]);

describe('the twelve topics', () => {
  for (const entry of compiled)
    it(`${entry.name} compiles against the schema`, () => {
      expect(entry.error).toBeUndefined();
    });

  it('has exactly one file per journey slug', () => {
    expect(topics.map((topic) => topic.slug).sort()).toEqual([...journeyOrder].sort());
  });

  it('passes the catalog checks: related slugs resolve and ids are unique app-wide', () => {
    expect(() => checkCatalog(topics)).not.toThrow();
  });

  it('repeats no experiment title or description across topics', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const topic of topics)
      for (const experiment of topic.experiments)
        for (const text of [experiment.title, experiment.description]) {
          const key = normalised(text);
          const first = seen.get(key);
          if (first && first !== topic.slug) repeats.push(`${topic.slug} and ${first}: ${text}`);
          seen.set(key, topic.slug);
        }
    expect(repeats).toEqual([]);
  });

  for (const topic of topics) {
    describe(topic.slug, () => {
      it('has a body of 900 to 1,500 words in 4 to 7 sections', () => {
        expect(topic.wordCount).toBeGreaterThanOrEqual(900);
        expect(topic.wordCount).toBeLessThanOrEqual(1500);
        expect(topic.sections.length).toBeGreaterThanOrEqual(4);
        expect(topic.sections.length).toBeLessThanOrEqual(7);
      });

      it('has a reframe if and only if it is a fear topic', () => {
        expect(Boolean(topic.reframe)).toBe(topic.slug.startsWith('fear-'));
      });

      it('cites an https source for every example, and links only to its sources in its prose', () => {
        const sourceUrls = new Set(urlsOf(topic));
        for (const url of sourceUrls) expect(url).toMatch(/^https:\/\//);
        for (const section of topic.sections) {
          for (const [, href] of section.html.matchAll(/href="([^"]+)"/g)) {
            const known = href?.startsWith('/') ? appPages : sourceUrls;
            expect(known, `${topic.slug}#${section.id} links to ${href}`).toContain(href);
          }
        }
      });

      it('names no source URL twice (example cards and the page’s sources together)', () => {
        const urls = urlsOf(topic);
        const repeated = urls.filter((url, index) => urls.indexOf(url) !== index);
        expect(repeated).toEqual([]);
      });

      it('puts every authority its prose names on the sources list or an example card', () => {
        const prose = topic.sections.map((section) => section.text).join(' ');
        const cited = [
          ...topic.sources.map((source) => `${source.title} ${source.author} ${source.supports}`),
          ...topic.examples.map(
            (example) =>
              `${example.title} ${example.what} ${example.sources.map((s) => `${s.title} ${s.author}`).join(' ')}`,
          ),
        ].join(' ');
        const uncited = NAMED_AUTHORITIES.filter(
          (name) => new RegExp(`\\b${name}\\b`).test(prose) && !cited.includes(name),
        );
        expect(uncited, `${topic.slug}: named in the prose, cited nowhere`).toEqual([]);
      });

      it('has unique section ids', () => {
        const ids = topic.sections.map((section) => section.id);
        expect(new Set(ids).size).toBe(ids.length);
      });
    });
  }
});
