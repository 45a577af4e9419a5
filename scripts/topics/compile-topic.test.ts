import { describe, expect, it } from 'vitest';
import { compileTopic, countWords, TopicError } from './compile-topic.ts';

const frontmatter = `title: "A topic"
summary: "One sentence."
takeaways: ["One.", "Two.", "Three."]
reflections:
  - { id: first-prompt, prompt: "What do you think?" }
  - { id: second-prompt, prompt: "What would you change?" }
  - { id: third-prompt, prompt: "Who could you ask?" }
examples:
  - id: an-example
    title: "An example"
    what: "Something happened."
    lesson: "It teaches something."
    sources:
      - { title: "A source", author: "Someone", year: 2020, url: "https://example.org/a" }
  - id: b-example
    title: "B"
    what: "W"
    lesson: "L"
    sources: [{ title: "B", author: "B", year: 2021, url: "https://example.org/b" }]
  - id: c-example
    title: "C"
    what: "W"
    lesson: "L"
    sources: [{ title: "C", author: "C", year: 2022, url: "https://example.org/c" }]
experiments:
  - { id: try-one, title: "Try one", description: "Do it." }
  - { id: try-two, title: "Try two", description: "Do it too." }
sources:
  - { title: "A book", author: "An author", year: 2003, publisher: "A press", supports: "The first part." }
related: [fear-people-challenges, fear-balancing-roles]`;

const body = `## The first part {#first-part}

Some *prose* with a [source](https://example.org/a) and <script>alert(1)</script> in it.

## The second part {#second-part}

More words here.
`;

const file = (fm = frontmatter, text = body) => `---\n${fm}\n---\n${text}`;
const compile = (source: string) =>
  compileTopic('topics/is-leadership-for-me.md', 'is-leadership-for-me', source);

describe('compileTopic', () => {
  it('splits the body into sections with stable ids, titles, HTML and plain text', () => {
    const topic = compile(file());
    expect(topic.sections.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: 'first-part', title: 'The first part' },
      { id: 'second-part', title: 'The second part' },
    ]);
    expect(topic.sections[0]?.html).toContain('<em>prose</em>');
    expect(topic.sections[1]?.text).toBe('More words here.');
    expect(topic.slug).toBe('is-leadership-for-me');
  });

  it('escapes raw HTML in the Markdown instead of passing it through', () => {
    const html = compile(file()).sections[0]?.html ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('opens links safely in a new tab and says so', () => {
    const html = compile(file()).sections[0]?.html ?? '';
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('(opens in a new tab)');
  });

  it('keeps a link to a page of the app in the tab, marked for the router', () => {
    const html =
      compile(
        file(
          frontmatter,
          '## Part {#part}\n\nSee [your check-up](/assessment#energy-map) and [a source](https://example.org/a).\n',
        ),
      ).sections[0]?.html ?? '';
    expect(html).toContain('<a href="/assessment#energy-map" class="app-link">your check-up</a>');
    expect(html.match(/target="_blank"/g)).toHaveLength(1);
    expect(html.match(/opens in a new tab/g)).toHaveLength(1);
  });

  it('refuses a page source with neither a URL nor a publisher', () => {
    const broken = frontmatter.replace('publisher: "A press", ', '');
    expect(() => compile(file(broken))).toThrow(
      /sources\.0: needs a verified https url, or a publisher/,
    );
  });

  it('counts body words and computes the reading time', () => {
    const topic = compile(file());
    expect(topic.wordCount).toBe(
      countWords(topic.sections.map((s) => `${s.title}\n${s.text}`).join('\n')),
    );
    expect(topic.readingMinutes).toBe(1);
  });

  it('names the file and field when the frontmatter breaks the schema', () => {
    const broken = frontmatter.replace('year: 2020', 'year: "twenty twenty"');
    expect(() => compile(file(broken))).toThrow(TopicError);
    expect(() => compile(file(broken))).toThrow(
      /topics\/is-leadership-for-me\.md.*\n.*examples\.0\.sources\.0\.year/,
    );
  });

  it('refuses too few reflections, an http source, an unknown field and bad ids', () => {
    const cases: [string, RegExp][] = [
      [
        frontmatter.replace(/ {2}- \{ id: third-prompt.*\n/, ''),
        /reflections: must have 3 to 5 items/,
      ],
      [
        frontmatter.replace('https://example.org/a', 'http://example.org/a'),
        /url: must be an https URL/,
      ],
      [`${frontmatter}\nsubtitle: "extra"`, /subtitle/],
      [frontmatter.replace('id: try-one', 'id: Try_One'), /experiments\.0\.id: must be kebab-case/],
    ];
    for (const [fm, message] of cases) expect(() => compile(file(fm))).toThrow(message);
  });

  it('reports YAML syntax errors with the file name', () => {
    expect(() => compile(file('title: "unclosed'))).toThrow(
      /is-leadership-for-me\.md: frontmatter is not valid YAML/,
    );
  });

  it('requires a frontmatter block', () => {
    expect(() => compile(body)).toThrow(/must start with a frontmatter block/);
  });

  it('requires every section heading to carry an id, and ids to be unique', () => {
    expect(() => compile(file(frontmatter, '## No id here\n\nText.'))).toThrow(/needs a stable id/);
    expect(() =>
      compile(file(frontmatter, '## A {#same}\n\nText.\n\n## B {#same}\n\nMore.')),
    ).toThrow(/section id "same" is used twice/);
  });

  it('refuses prose before the first section and level-1 headings', () => {
    expect(() => compile(file(frontmatter, 'Stray text.\n\n## A {#a}\n\nText.'))).toThrow(
      /must start with/,
    );
    expect(() => compile(file(frontmatter, '# Title\n\n## A {#a}\n\nText.'))).toThrow(
      /level-1 heading/,
    );
  });

  it('refuses a topic that lists itself as related', () => {
    const selfRelated = frontmatter.replace(
      'related: [fear-people-challenges',
      'related: [is-leadership-for-me',
    );
    expect(() => compile(file(selfRelated))).toThrow(/related must not list the topic itself/);
  });
});
