/**
 * Checks for data that comes from outside (saved text, files): here rather than in
 * record-map.ts, which every first view loads, because only the decoder needs them.
 */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keys that could reach an object's prototype if some code ever copied data carelessly. The
 * reader never makes them, so a file holding one is refused and a saved record under one is set
 * aside. Other prototype names (toString, valueOf…) are ordinary keys in the record maps.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);
