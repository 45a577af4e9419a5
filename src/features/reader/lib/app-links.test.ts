import { describe, expect, it } from 'vitest';
import { appLinkTarget, withBase } from './app-links';

describe('withBase', () => {
  it('puts app links under the base and leaves sources alone', () => {
    const html =
      '<a href="/assessment#energy-map" class="app-link">map</a> <a href="https://sre.google/">SRE</a>';
    expect(withBase(html, '/guides/leadership/')).toBe(
      '<a href="/guides/leadership/assessment#energy-map" class="app-link">map</a> <a href="https://sre.google/">SRE</a>',
    );
    expect(withBase(html, '/')).toBe(html);
  });
});

describe('appLinkTarget', () => {
  const clickOn = (html: string, init: MouseEventInit = {}) => {
    document.body.innerHTML = html;
    const target = document.querySelector('span') ?? document.querySelector('a');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
    target?.dispatchEvent(event);
    return event;
  };

  it('gives the router path, without the base, for a plain click on an app link', () => {
    const event = clickOn(
      '<a class="app-link" href="/guides/leadership/topics/x?y=1#part"><span>go</span></a>',
    );
    expect(appLinkTarget(event, '/guides/leadership/')).toBe('/topics/x?y=1#part');
    const atRoot = clickOn('<a class="app-link" href="/assessment#energy-map">go</a>');
    expect(appLinkTarget(atRoot, '/')).toBe('/assessment#energy-map');
  });

  it('leaves sources, modified and middle clicks to the browser', () => {
    expect(appLinkTarget(clickOn('<a class="external" href="https://hbr.org/">s</a>'), '/')).toBe(
      null,
    );
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }])
      expect(
        appLinkTarget(clickOn('<a class="app-link" href="/assessment">c</a>', init), '/'),
      ).toBe(null);
  });
});
