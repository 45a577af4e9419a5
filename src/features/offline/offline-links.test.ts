import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdLinksWhileOffline } from './offline-links';

const setOnline = (online: boolean) =>
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });

describe('holdLinksWhileOffline', () => {
  let stop: () => void;
  const tell = vi.fn();

  beforeEach(() => {
    document.body.innerHTML = `
      <a id="source" href="https://sre.google/sre-book/table-of-contents/"><span>SRE book</span></a>
      <a id="inside" href="/about">About</a>`;
    tell.mockClear();
    stop = holdLinksWhileOffline(document, tell);
  });

  afterEach(() => {
    stop();
    setOnline(true);
  });

  const click = (selector: string, init: MouseEventInit = {}, type = 'click') => {
    const event = new MouseEvent(type, { bubbles: true, cancelable: true, ...init });
    document.querySelector(selector)?.dispatchEvent(event);
    return event;
  };

  it('holds a link to another site back when offline, and says which site', () => {
    setOnline(false);
    const event = click('#source span');
    expect(event.defaultPrevented).toBe(true);
    expect(tell).toHaveBeenCalledWith('sre.google', document.querySelector('#source'));
  });

  it('holds a middle-click back too', () => {
    setOnline(false);
    expect(click('#source', { button: 1 }, 'auxclick').defaultPrevented).toBe(true);
  });

  it('lets every link through when online', () => {
    setOnline(true);
    expect(click('#source').defaultPrevented).toBe(false);
    expect(tell).not.toHaveBeenCalled();
  });

  it('lets the app’s own links through when offline: the app works offline', () => {
    setOnline(false);
    expect(click('#inside').defaultPrevented).toBe(false);
    expect(tell).not.toHaveBeenCalled();
  });

  it('stops listening when asked', () => {
    stop();
    setOnline(false);
    expect(click('#source').defaultPrevented).toBe(false);
  });
});
