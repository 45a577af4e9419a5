import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyOrder } from '../../src/content/stages.ts';
import { checkCatalog, compileTopicFile } from './vite-plugin-topics.ts';

const topicsDir = path.resolve('src/content/topics');
const files = readdirSync(topicsDir).filter((name) => name.endsWith('.md'));
const topics = files.map((name) => compileTopicFile(path.join(topicsDir, name)));

describe('the twelve topics', () => {
  it('has exactly one file per journey slug', () => {
    expect(topics.map((topic) => topic.slug).sort()).toEqual([...journeyOrder].sort());
  });

  it('passes the catalog checks: related slugs resolve and ids are unique app-wide', () => {
    expect(() => checkCatalog(topics)).not.toThrow();
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

      it('cites an https source for every example, and links only to those sources in its prose', () => {
        const sourceUrls = new Set(
          topic.examples.flatMap((example) => example.sources.map((s) => s.url)),
        );
        for (const url of sourceUrls) expect(url).toMatch(/^https:\/\//);
        for (const section of topic.sections) {
          for (const [, href] of section.html.matchAll(/href="([^"]+)"/g)) {
            expect(sourceUrls, `${topic.slug}#${section.id} links to ${href}`).toContain(href);
          }
        }
      });

      it('has unique section ids', () => {
        const ids = topic.sections.map((section) => section.id);
        expect(new Set(ids).size).toBe(ids.length);
      });
    });
  }
});
