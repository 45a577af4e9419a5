/**
 * Whether a key pressed here belongs to the element, not to the page's single-key shortcuts: a
 * field takes it as a character, and a dialog answers its own keys. A checkbox or radio button
 * does not type, so the page's keys still work there (the app's buttons are <button>s).
 */
export const ownsKeys = (target: EventTarget | null): boolean =>
  target instanceof Element &&
  target.closest(
    'input:not([type=checkbox],[type=radio]),textarea,select,[contenteditable]:not([contenteditable=false]),dialog',
  ) !== null;
