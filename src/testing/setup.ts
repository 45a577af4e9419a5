import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* and waitFor resolve the moment their element or assertion is there (they re-check
// on every DOM change, and every 50 ms), so this timeout is a cap, not a wait: it costs nothing
// when the page is ready. The default cap, 1 s, is about what a lazy route takes to load on a
// busy 2-core machine, which made route tests fail on slow laptops. 15 s fails only a page that
// never comes; it stays below the unit project's testTimeout (vite.config.ts) so such a failure
// still says which query it was waiting for and prints the DOM.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom has no matchMedia; the theme follows it. Report "light" unless a test says otherwise.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom has no modal dialogs; these stand-ins open and close them as a browser would.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

// jsdom lays nothing out, so it has no scrollIntoView; pages call it to bring a target into view.
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}
