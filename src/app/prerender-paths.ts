import type { RouteObject } from 'react-router';
import { NOT_FOUND_PATH } from './prerendered-data';

/**
 * Every URL the route table can show, for the prerender: static paths as they are, each `:param`
 * once per value in `paramValues` (a route with a parameter and no values is an error, not a
 * silently missing page), and the catch-all once, as NOT_FOUND_PATH. Paths are relative to the
 * router's basename and never end in a slash (but "/").
 */
export function pathsToPrerender(
  routes: readonly RouteObject[],
  paramValues: Readonly<Record<string, readonly string[]>>,
): string[] {
  const found: string[] = [];
  const visit = (route: RouteObject, parent: string) => {
    const joined = route.path
      ? `${parent.replace(/\/$/, '')}/${route.path.replace(/^\//, '')}`
      : parent;
    for (const child of route.children ?? []) visit(child, joined);
    if (route.children?.length && !route.index) return;
    if (route.path === '*') found.push(NOT_FOUND_PATH);
    else found.push(...expand(joined || '/', paramValues));
  };
  for (const route of routes) visit(route, '');
  return [...new Set(found)];
}

function expand(path: string, paramValues: Readonly<Record<string, readonly string[]>>): string[] {
  const param = /:(\w+)/.exec(path);
  if (!param) return [path];
  const [placeholder, name = ''] = param;
  const values = paramValues[name];
  if (!values?.length) throw new Error(`No values to prerender ${path} with (:${name})`);
  return values.flatMap((value) =>
    expand(path.replace(placeholder, encodeURIComponent(value)), paramValues),
  );
}

/** Where a prerendered path is written in the build: a folder's index.html, so hosts serve it. */
export const fileForPath = (path: string): string =>
  path === NOT_FOUND_PATH
    ? '404.html'
    : `${path.replace(/^\/|\/$/g, '')}/index.html`.replace(/^\//, '');
