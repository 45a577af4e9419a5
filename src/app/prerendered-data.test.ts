import { describe, expect, it } from 'vitest';
import { isPrerenderedFor } from './prerendered-data';

describe('isPrerenderedFor', () => {
  it('matches the page’s own address, with or without a trailing slash', () => {
    expect(isPrerenderedFor('/about', '/about', '/', 'about')).toBe(true);
    expect(isPrerenderedFor('/about', '/about/', '/', 'about')).toBe(true);
    expect(isPrerenderedFor('/', '/', '/', undefined)).toBe(true);
    expect(isPrerenderedFor('/about', '/notes', '/', 'notes')).toBe(false);
  });

  it('reads the address under a sub-path base', () => {
    const base = '/guides/leadership/';
    expect(isPrerenderedFor('/', '/guides/leadership/', base, undefined)).toBe(true);
    expect(isPrerenderedFor('/', '/guides/leadership', base, undefined)).toBe(true);
    expect(isPrerenderedFor('/topics/a', '/guides/leadership/topics/a', base, ':slug')).toBe(true);
  });

  it('takes 404.html only where the catch-all route is all that matches', () => {
    expect(isPrerenderedFor('*', '/no/such/page', '/', '*')).toBe(true);
    expect(isPrerenderedFor('*', '/topics/typo', '/', '/topics/:slug')).toBe(false);
    expect(isPrerenderedFor('*', '/index.html', '/', '*')).toBe(true);
  });
});
