/**
 * The reader profiles the store accepts. The same four ids are the content's (src/content/profiles.ts
 * gives each its label and path); they are listed here too because saved data must stay readable
 * whatever the content says, and store code imports nothing of the content's.
 */
export const READER_PROFILE_IDS = [
  'weighing-the-move',
  'new-lead',
  'experienced-lead',
  'without-title',
] as const;
