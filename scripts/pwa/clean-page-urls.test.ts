import { describe, expect, it } from 'vitest';
import { cleanPageUrls, pageUrl } from './clean-page-urls';

describe('pageUrl', () => {
  it('keys a prerendered page by the address readers use', () => {
    expect(pageUrl('about/index.html')).toBe('about');
    expect(pageUrl('topics/strategy-and-execution/index.html')).toBe(
      'topics/strategy-and-execution',
    );
  });

  it('leaves the home page, the not-found page and every other file as they are', () => {
    expect(pageUrl('index.html')).toBe('index.html');
    expect(pageUrl('404.html')).toBe('404.html');
    expect(pageUrl('assets/index-abc123.js')).toBe('assets/index-abc123.js');
  });
});

describe('cleanPageUrls', () => {
  it('keeps each entry’s revision and reports no warnings', async () => {
    const result = await cleanPageUrls([
      { url: 'notes/index.html', revision: 'r1', size: 10 },
      { url: 'assets/a-1.js', revision: null, size: 20 },
    ]);
    expect(result).toEqual({
      manifest: [
        { url: 'notes', revision: 'r1', size: 10 },
        { url: 'assets/a-1.js', revision: null, size: 20 },
      ],
      warnings: [],
    });
  });
});
