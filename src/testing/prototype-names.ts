/** Names that live on Object.prototype: as record keys they must behave like any other key. */
export const PROTOTYPE_NAMES = [
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
] as const;
