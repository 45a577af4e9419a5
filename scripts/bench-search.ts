import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { build } from 'vite';
import type { Topic } from '../src/content/topic.ts';
import { notesDocs } from '../src/features/search/lib/notes-docs.ts';
import { createSearchEngine } from '../src/features/search/lib/search-engine.ts';
import { searchIndexOptions } from '../src/features/search/lib/search-options.ts';
import type { ExperimentLog } from '../src/store/slices/experiments-slice.ts';
import type { NoteRecord } from '../src/store/slices/notes-slice.ts';
import { buildCourseIndex, searchPlugin } from './search/vite-plugin-search.ts';
import { compileTopicsDir } from './topics/vite-plugin-topics.ts';

/**
 * The search engine's own cost, in Node: `npm run bench` (after the browser benchmark in
 * scripts/bench.ts). With 2,000 notes of 50 to 400 words cut from the course's own prose, it
 * reports the time to index the notes (cold and warm), to re-index after one note changes, a
 * query's time over about 200 queries typed as a reader types them (every prefix of a word, two
 * words, typos), the time to load the course's prebuilt index, and the gzipped size of the
 * search chunks. Engine time only: rendering the results is the browser benchmark's to measure.
 * A benchmark, not a test: it reports, it does not fail.
 */
const NOTES = 2_000;
const BUILD_RUNS = 15;
const QUERY_ROUNDS = 5;
const TOPICS_DIR = path.resolve('src/content/topics');

/** Nearest-rank percentile. */
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

const time = (work: () => void) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

/** A small seeded generator (mulberry32), so every run benchmarks the same notes and queries. */
const random = (seed: number) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** A reader's notebook: an answer to every prompt, "why" lines, and the rest free notes. */
export const seedNotes = (topics: Topic[], count: number, next = random(11)) => {
  const prose = topics.flatMap((topic) => topic.sections.map((s) => s.text.split(/\s+/)));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const passage = (min: number, max: number) => {
    const words = pick(prose);
    const length = min + Math.floor(next() * (max - min + 1));
    const start = Math.floor(next() * Math.max(1, words.length - length));
    const out = words.slice(start, start + length);
    // A long note runs past one section: carry on in another.
    while (out.length < length) out.push(...pick(prose).slice(0, length - out.length));
    return out.join(' ');
  };
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const notes: Record<string, NoteRecord> = {};
  const experiments: Record<string, ExperimentLog> = {};
  let i = 0;
  for (const topic of topics) {
    for (const reflection of topic.reflections) {
      const id = `${topic.slug}/${reflection.id}`;
      notes[id] = {
        id,
        topic: topic.slug,
        promptId: reflection.id,
        body: passage(50, 400),
        createdAt: at(i),
        updatedAt: at(i),
      };
      i++;
    }
    for (const experiment of topic.experiments) {
      experiments[experiment.id] = {
        id: experiment.id,
        topic: topic.slug,
        tried: true,
        why: passage(8, 40),
        updatedAt: at(i),
      };
    }
  }
  for (; i < count; i++) {
    const id = `note-bench-${i}`;
    const topic = topics[i % topics.length] as Topic;
    notes[id] = {
      id,
      topic: topic.slug,
      body: passage(50, 400),
      createdAt: at(i),
      updatedAt: at(i),
    };
  }
  return { notes, experiments };
};

/**
 * Queries as a reader types them: every prefix of 20 words (one letter, two, ...), 15 two-word
 * queries with the second word half typed and whole, and 10 words with a letter missing.
 */
export const seedQueries = (topics: Topic[], next = random(7)) => {
  const words = topics
    .flatMap((topic) => topic.sections.flatMap((s) => s.text.toLowerCase().split(/[^\p{L}]+/u)))
    .filter((word) => word.length >= 5);
  const pick = () => words[Math.floor(next() * words.length)] ?? 'strategy';
  const queries: string[] = [];
  for (let w = 0; w < 20; w++) {
    const word = pick();
    for (let n = 1; n <= word.length; n++) queries.push(word.slice(0, n));
  }
  for (let w = 0; w < 15; w++) {
    const [first, second] = [pick(), pick()];
    queries.push(`${first} ${second.slice(0, 3)}`, `${first} ${second}`);
  }
  for (let w = 0; w < 10; w++) {
    const word = pick();
    const at = 1 + Math.floor(next() * (word.length - 2));
    queries.push(word.slice(0, at) + word.slice(at + 1));
  }
  return queries;
};

/** Builds the search code for production, as Vite would, and returns each chunk's code. */
const buildChunks = async () => {
  const workDir = await mkdtemp(path.join(tmpdir(), 'bench-search-'));
  try {
    const entry = path.join(workDir, 'engine.js');
    await writeFile(
      entry,
      `export { loadSearch } from ${JSON.stringify(path.resolve('src/features/search/lib/search-engine.ts'))};\n`,
    );
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: workDir,
      plugins: [searchPlugin(TOPICS_DIR)],
      build: {
        write: false,
        target: 'es2022',
        // MiniSearch as an entry of its own, so its chunk is MiniSearch alone.
        rollupOptions: {
          input: { engine: entry, minisearch: 'minisearch' },
          // Keep the entries' exports: an app build would tree-shake an entry nobody imports.
          preserveEntrySignatures: 'strict',
        },
      },
    });
    const output = Array.isArray(result) ? result[0] : result;
    if (!output || !('output' in output)) throw new Error('expected a build output');
    const chunks = output.output.flatMap((file) => (file.type === 'chunk' ? [file] : []));
    const find = (test: (ids: string[]) => boolean) =>
      chunks.find((chunk) => test(chunk.moduleIds))?.code ?? '';
    return {
      index: find((ids) => ids.some((id) => id.includes('virtual:search-index'))),
      minisearch: find((ids) => ids.some((id) => id.includes('/node_modules/minisearch/'))),
      engine: find((ids) => ids.some((id) => id.endsWith('search-engine.ts'))),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
};

export async function main(): Promise<number> {
  const topics = compileTopicsDir(TOPICS_DIR);
  const courseJson = buildCourseIndex(topics);
  const outlines = topics.map(({ slug, reflections, experiments }) => ({
    slug,
    reflections,
    experiments,
  }));
  const titles = new Map(topics.map((topic) => [topic.slug as string, topic.title]));
  const titleOf = (slug: string) => titles.get(slug);
  const state = seedNotes(topics, NOTES);
  const docs = notesDocs(state, outlines, titleOf);
  const words = docs.map((doc) => doc.text.split(/\s+/).length);

  // Loading the course index the browser gets: a string literal and JSON.parse (what the chunk
  // holds), against the same index written as an object literal for the JS parser. Each run's
  // source differs by a comment so V8's compile cache cannot serve a repeat.
  const load = () => time(() => MiniSearch.loadJSON(courseJson, searchIndexOptions));
  const asString = (run: number) =>
    time(() =>
      MiniSearch.loadJSON(
        runInThisContext(`(${JSON.stringify(courseJson)})//${run}`) as string,
        searchIndexOptions,
      ),
    );
  const asObject = (run: number) =>
    time(() => MiniSearch.loadJS(runInThisContext(`(${courseJson})//${run}`), searchIndexOptions));
  const loadRuns = Array.from({ length: 15 }, load);
  const stringRuns = Array.from({ length: 15 }, (_, run) => asString(run));
  const objectRuns = Array.from({ length: 15 }, (_, run) => asObject(run));

  // Indexing the notes when search first opens: a fresh engine each run.
  const buildRuns: number[] = [];
  let engine = createSearchEngine(courseJson);
  for (let run = 0; run < BUILD_RUNS; run++) {
    engine = createSearchEngine(courseJson);
    const fresh = engine;
    buildRuns.push(time(() => fresh.setNotes(docs)));
  }

  // Keeping it current: one note changes, the documents are rebuilt and diffed.
  const updateRuns: number[] = [];
  const changing = Object.values(state.notes)[100] as NoteRecord;
  for (let run = 0; run < 50; run++) {
    const notes = {
      ...state.notes,
      [changing.id]: { ...changing, body: `${changing.body} ${run}` },
    };
    updateRuns.push(time(() => engine.setNotes(notesDocs({ ...state, notes }, outlines, titleOf))));
  }

  const queries = seedQueries(topics);
  for (const query of queries) engine.search(query); // warm up, as a second keystroke would
  const queryRuns: number[] = [];
  const oneLetter: number[] = [];
  let totals = 0;
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (const query of queries) {
      let found = 0;
      const took = time(() => {
        found = engine.search(query).total;
      });
      (query.length === 1 ? oneLetter : queryRuns).push(took);
      totals += found;
    }
  }
  const allQueries = [...queryRuns, ...oneLetter];

  const chunks = await buildChunks();

  console.log(
    `Notes indexed:             ${docs.length} documents from ${NOTES} notes and ${Object.keys(state.experiments).length} "why" lines (${Math.min(...words)} to ${Math.max(...words)} words, ${Math.round(words.reduce((a, b) => a + b, 0) / words.length)} on average)`,
  );
  console.log(
    `Notes index build, median: ${ms(percentile(buildRuns, 50))} (target ≤ 150; ${BUILD_RUNS} runs: first ${ms(buildRuns[0] ?? Number.NaN)}, fastest ${ms(Math.min(...buildRuns))})`,
  );
  console.log(`Notes index build, p95:    ${ms(percentile(buildRuns, 95))} (target ≤ 150)`);
  console.log(
    `One note changed, median:  ${ms(percentile(updateRuns, 50))} (p95 ${ms(percentile(updateRuns, 95))}: rebuild the documents, diff, replace one)`,
  );
  console.log(
    `Queries:                   ${queries.length} typed, ${QUERY_ROUNDS} rounds, ${Math.round(totals / (queries.length * QUERY_ROUNDS))} results each on average`,
  );
  console.log(
    `Query, median:             ${ms(percentile(allQueries, 50))} (engine only: search both indexes, group, cut snippets)`,
  );
  console.log(`Query, p95:                ${ms(percentile(allQueries, 95))} (target ≤ 5)`);
  console.log(
    `Query, p95 of 2+ letters:  ${ms(percentile(queryRuns, 95))} (one letter alone: p95 ${ms(percentile(oneLetter, 95))}, max ${ms(Math.max(...oneLetter))})`,
  );
  console.log(
    `Course index load, median: ${ms(percentile(loadRuns, 50))} (MiniSearch.loadJSON, ${kb(courseJson.length)} of JSON)`,
  );
  console.log(
    `  as shipped vs object:    string + loadJSON ${ms(percentile(stringRuns, 50))}, object literal + loadJS ${ms(percentile(objectRuns, 50))} (parse included)`,
  );
  console.log(
    `Search index chunk:        ${kb(gzip(chunks.index))} gzip (${kb(chunks.index.length)} raw)`,
  );
  console.log(
    `MiniSearch:                ${kb(gzip(chunks.minisearch))} gzip (${kb(chunks.minisearch.length)} raw)`,
  );
  console.log(
    `Search engine code:        ${kb(gzip(chunks.engine))} gzip (${kb(chunks.engine.length)} raw; highlight, options, groups)`,
  );
  return 0;
}
