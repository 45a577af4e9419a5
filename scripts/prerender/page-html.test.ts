import { describe, expect, it } from 'vitest';
import { PRERENDERED_DATA_ID } from '../../src/app/prerendered-data.ts';
import { jsonBlock, pageHtml } from './page-html.ts';

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="The app."
    />
    <title>App</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const parts = {
  html: '<main><h1>About</h1></main>',
  headTags: '<title>About · App</title>\n<meta name="description" content="About it." />',
  preloads: ['/assets/about-1.js'],
  data: { path: '/about', loaderData: {} },
};

describe('pageHtml', () => {
  it('puts the page in #root, its head tags in place of the template’s, its modules in a meta', () => {
    const html = pageHtml(template, parts);
    expect(html).toContain('<div id="root"><main><h1>About</h1></main></div>');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>About · App</title>');
    expect(html).not.toContain('The app.');
    // No script fetched before first paint: public/first-paint.js loads these after it.
    expect(html).not.toContain('<script type="module"');
    expect(html).toContain(
      '<meta name="app-modules" content="/assets/index-abc.js /assets/about-1.js" />',
    );
    expect(html.indexOf('app-modules')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain(`<script type="application/json" id="${PRERENDERED_DATA_ID}">`);
  });

  it('keeps "$&" and "$1" in the page as text (no replacement patterns)', () => {
    const html = pageHtml(template, { ...parts, html: '<p>$& and $1</p>' });
    expect(html).toContain('<p>$& and $1</p>');
  });

  it('fails loudly when the template lacks a place to fill', () => {
    expect(() => pageHtml(template.replace('<div id="root"></div>', ''), parts)).toThrow(
      /#root|root/,
    );
  });
});

describe('jsonBlock', () => {
  it('cannot be closed early by text in the data, and parses back to the same value', () => {
    const value = { prose: '</script><script>alert(1)</script><!-- x' };
    const block = jsonBlock('data', value);
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(block).not.toContain('<!--');
    const json = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual(value);
  });
});
