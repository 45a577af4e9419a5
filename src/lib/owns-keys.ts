/**
 * Whether a key pressed here belongs to the element, not to the page's single-key shortcuts: a
 * field takes it as a character, and a dialog answers its own keys. A checkbox, radio button or
 * button does not type, so the page's keys still work there.
 */
export const ownsKeys = (target: EventTarget | null): boolean =>
  target instanceof Element &&
  target.closest(
    'input:not([type=checkbox], [type=radio], [type=button], [type=submit], [type=reset], [type=range], [type=color], [type=file]), textarea, select, [contenteditable]:not([contenteditable="false"]), dialog',
  ) !== null;
