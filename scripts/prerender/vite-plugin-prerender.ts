import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, Rolldown } from 'vite';
import { pageHtml } from './page-html.ts';

/** What the server entry (src/entry-server.tsx) exports to the prerender. */
type ServerEntry = {
  pagesToPrerender: () => string[];
  renderPage: (path: string) => Promise<{
    html: string;
    headTags: string;
    data: unknown;
    routeIds: string[];
  }>;
  fileForPath: (path: string) => string;
};

type Options = {
  /** The server entry's source file, relative to the project root. */
  serverEntry: string;
  /** Where lazy routes' modules live: a route's id is its module's file name there. */
  routesDir: string;
};

const chunksOf = (output: unknown): Rolldown.OutputChunk[] =>
  (Array.isArray(output) ? output : [output]).flatMap((result) =>
    (result as Rolldown.RolldownOutput).output.filter(
      (item): item is Rolldown.OutputChunk => item.type === 'chunk',
    ),
  );

/**
 * Makes `vite build` write every page of the app as HTML: it builds the client, then the server
 * entry for Node (the "ssr" environment), renders each page the route table lists with it, and
 * writes each into the client's output as <path>/index.html, with 404.html for unknown addresses.
 * The browser then hydrates what it is given (src/main.tsx). The server build is removed after.
 */
export const prerenderPlugin = ({ serverEntry, routesDir }: Options): Plugin => ({
  name: 'debugging-leadership:prerender',
  config: (config) => ({
    // With a `builder`, `vite build` builds the whole app through buildApp below.
    builder: {},
    environments: {
      ssr: {
        build: {
          outDir: `${config.build?.outDir ?? 'dist'}-prerender`,
          emptyOutDir: true,
          copyPublicDir: false,
          rolldownOptions: { input: serverEntry },
        },
      },
    },
  }),
  buildApp: async (builder) => {
    const { client, ssr } = builder.environments;
    if (!client || !ssr) throw new Error('The prerender needs the client and ssr environments');
    const chunks = chunksOf(await builder.build(client));
    await builder.build(ssr);

    const root = builder.config.root;
    const { base } = builder.config;
    const clientDir = path.resolve(root, client.config.build.outDir);
    const serverDir = path.resolve(root, ssr.config.build.outDir);
    const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const withImports = (chunk: Rolldown.OutputChunk, seen = new Set<string>()): string[] => {
      if (seen.has(chunk.fileName)) return [];
      seen.add(chunk.fileName);
      return [
        chunk.fileName,
        ...chunk.imports.flatMap((file) => {
          const imported = byFile.get(file);
          return imported ? withImports(imported, seen) : [];
        }),
      ];
    };
    const entry = chunks.find((chunk) => chunk.isEntry);
    if (!entry) throw new Error('The client build has no entry chunk');
    /**
     * The chunks a page needs beyond the entry: those the entry imports and those of its
     * routes' modules, all requested at once (page-html.ts). The build preloads no dependencies
     * itself (vite.config.ts, modulePreload), so without them each would wait for the chunk
     * that imports it.
     */
    const preloadsFor = (routeIds: readonly string[]) => {
      const files = [
        entry,
        ...routeIds.flatMap((id) => {
          const module = path.resolve(root, routesDir, `${id}.tsx`);
          return chunks.filter((item) => item.facadeModuleId === module);
        }),
      ].flatMap((chunk) => withImports(chunk));
      return [...new Set(files)].filter((file) => file !== entry.fileName).map((f) => base + f);
    };

    const template = await readFile(path.join(clientDir, 'index.html'), 'utf8');
    const entryFile = path.join(
      serverDir,
      `${path.basename(serverEntry, path.extname(serverEntry))}.js`,
    );
    // A query makes Node load this build's entry, not one it imported for an earlier build.
    const server = (await import(
      `${pathToFileURL(entryFile).href}?build=${Date.now()}`
    )) as ServerEntry;
    const pages = server.pagesToPrerender();
    for (const pagePath of pages) {
      const page = await server.renderPage(pagePath);
      const file = path.join(clientDir, server.fileForPath(pagePath));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, pageHtml(template, { ...page, preloads: preloadsFor(page.routeIds) }));
    }
    await rm(serverDir, { recursive: true, force: true });
    builder.config.logger.info(
      `prerendered ${pages.length} pages into ${path.relative(root, clientDir)}/`,
    );
  },
});
