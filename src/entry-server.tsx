/**
 * The server entry: the prerender (scripts/prerender/vite-plugin-prerender.ts) builds it for Node
 * and renders every page of the route table the browser uses into static HTML with it.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { DEFAULT_DESCRIPTION, headTags, type PageHead } from '@/app/page-head';
import { pageHeads } from '@/app/page-heads';
import { pathsToPrerender } from '@/app/prerender-paths';
import { NOT_FOUND_PATH, type PrerenderedData } from '@/app/prerendered-data';
import { routes } from '@/app/routes';
import { listTopics } from '@/content/catalog';

const basename = import.meta.env.BASE_URL;
/**
 * Where the site is served (SITE_URL=https://example.org at build time): canonical links are then
 * absolute, as search engines prefer. Without it they are paths under the base.
 */
const siteUrl = process.env.SITE_URL?.trim() || undefined;
const handler = createStaticHandler(routes, { basename });

/** Every page to prerender, relative to the base: one per route, one per topic, and the 404. */
export const pagesToPrerender = (): string[] =>
  pathsToPrerender(routes, { slug: listTopics().map((topic) => topic.slug) });

export { fileForPath } from '@/app/prerender-paths';

export type PrerenderedPage = {
  html: string;
  headTags: string;
  data: PrerenderedData;
  /** Ids of the matched routes, which name their modules (src/app/routes.tsx). */
  routeIds: string[];
};

const canonical = (path: string) => {
  const pathname = `${basename}${path.slice(1)}`;
  return siteUrl ? new URL(pathname, siteUrl).href : pathname;
};

/** Renders one page, `path` relative to the base ("/about"; "*" renders the not-found page). */
export async function renderPage(path: string): Promise<PrerenderedPage> {
  const notFound = path === NOT_FOUND_PATH;
  const url = new URL(`${basename}${notFound ? '404' : path.slice(1)}`, 'http://prerender.invalid');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`${path}: a loader answered ${context.status}`);
  // A page that fails here would ship an error page as its HTML: fail the build instead.
  if (context.errors) throw new Error(`${path}: ${JSON.stringify(context.errors)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      {/* hydrate={false}: no inline script (the CSP has none); main.tsx reads a JSON block. */}
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const leaf = context.matches.at(-1);
  const head: PageHead = (leaf &&
    pageHeads[leaf.route.id]?.(context.loaderData[leaf.route.id])) ?? {
    description: DEFAULT_DESCRIPTION,
  };
  return {
    html,
    // A not-found page is nobody's canonical address.
    headTags: headTags(head, notFound ? null : canonical(path)),
    data: { path, loaderData: context.loaderData },
    routeIds: context.matches.map((match) => match.route.id),
  };
}
