import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fileForPath, pathsToPrerender } from './prerender-paths';
import { NOT_FOUND_PATH } from './prerendered-data';
import { routes } from './routes';

describe('pathsToPrerender', () => {
  it('lists index, nested, parameter and catch-all routes, each once', () => {
    const table: RouteObject[] = [
      {
        children: [
          { index: true },
          { path: '/topics/:slug' },
          { path: 'about' },
          { path: 'guide', children: [{ index: true }, { path: 'part' }] },
          { path: '*' },
        ],
      },
    ];
    expect(pathsToPrerender(table, { slug: ['a', 'b c'] })).toEqual([
      '/',
      '/topics/a',
      '/topics/b%20c',
      '/about',
      '/guide',
      '/guide/part',
      NOT_FOUND_PATH,
    ]);
  });

  it('refuses a parameter it has no values for, rather than leave its pages out', () => {
    expect(() => pathsToPrerender([{ path: '/topics/:slug' }], {})).toThrow(/:slug/);
  });

  it('covers the app: home, every topic, each page and the not-found page', () => {
    const slugs = ['one', 'two'];
    const paths = pathsToPrerender(routes, { slug: slugs });
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/topics/one',
        '/topics/two',
        '/about',
        '/notes',
        NOT_FOUND_PATH,
      ]),
    );
    expect(paths.filter((path) => path.includes(':'))).toEqual([]);
  });
});

describe('fileForPath', () => {
  it('writes each page as its folder’s index.html, and the not-found page as 404.html', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/about')).toBe('about/index.html');
    expect(fileForPath('/topics/a')).toBe('topics/a/index.html');
    expect(fileForPath(NOT_FOUND_PATH)).toBe('404.html');
  });
});
