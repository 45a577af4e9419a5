/**
 * Whether a key pressed here belongs to the element, not to the page's single-key shortcuts: a
 * field takes it as a character, and a dialog answers its own keys.
 */
export const ownsKeys = (target: EventTarget | null): boolean =>
  target instanceof Element &&
  target.closest(
    'input, textarea, select, [contenteditable]:not([contenteditable="false"]), dialog',
  ) !== null;
