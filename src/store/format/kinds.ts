/** The reader's record maps. Here, not in schema.ts, so code in every first view can use it. */
export const RECORD_KINDS = [
  'progress',
  'bookmarks',
  'notes',
  'experiments',
  'assessments',
  'briefs',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
