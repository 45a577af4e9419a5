import { describe, expect, it } from 'vitest';
import { escapeHtml, headTags } from './page-head';

describe('headTags', () => {
  it('gives a page its title, description, canonical link and Open Graph tags', () => {
    const tags = headTags(
      {
        title: 'Strategy and execution',
        description: 'A diagnosis and a few hard choices.',
        type: 'article',
      },
      '/topics/strategy-and-execution',
    );
    expect(tags).toContain('<title>Strategy and execution · Debugging Leadership</title>');
    expect(tags).toContain(
      '<meta name="description" content="A diagnosis and a few hard choices." />',
    );
    expect(tags).toContain('<link rel="canonical" href="/topics/strategy-and-execution" />');
    expect(tags).toContain('<meta property="og:type" content="article" />');
    expect(tags).toContain('<meta property="og:title" content="Strategy and execution" />');
    expect(tags).toContain(
      '<meta property="og:description" content="A diagnosis and a few hard choices." />',
    );
  });

  it('escapes what the content says, so a quote or an ampersand cannot end an attribute', () => {
    const tags = headTags({ title: 'Q&A "live"', description: '<b>bold</b> & "quoted"' }, '/q');
    expect(tags).toContain('<title>Q&amp;A &quot;live&quot; · Debugging Leadership</title>');
    expect(tags).toContain('content="&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"');
    expect(tags).not.toContain('<b>');
  });

  it('adds og:url when the canonical link is absolute (SITE_URL set at build time)', () => {
    const tags = headTags({ description: 'd' }, 'https://example.org/about');
    expect(tags).toContain('<link rel="canonical" href="https://example.org/about" />');
    expect(tags).toContain('<meta property="og:url" content="https://example.org/about" />');
    expect(headTags({ description: 'd' }, '/about')).not.toContain('og:url');
  });

  it('leaves the canonical link out when there is none (the not-found page)', () => {
    expect(headTags({ description: 'Nothing here.' }, null)).not.toContain('canonical');
  });

  it('uses the app’s own title where a page has none (the home page)', () => {
    expect(headTags({ description: 'd' }, '/')).toContain(
      '<title>Debugging Leadership: a guide from engineer to technical leader</title>',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
