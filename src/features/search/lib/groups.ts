import type { SearchGroup, SearchKind } from './types';

/** The groups in the order they are shown, each with its label. */
export const searchGroups: readonly { group: SearchGroup; label: string }[] = [
  { group: 'topics', label: 'Topics and sections' },
  { group: 'examples', label: 'Examples' },
  { group: 'practice', label: 'Reflections and experiments' },
  { group: 'notes', label: 'Your notes' },
];

/** Which group each kind of result is listed under. */
export const groupOf: Record<SearchKind, SearchGroup> = {
  topic: 'topics',
  section: 'topics',
  takeaway: 'topics',
  example: 'examples',
  reflection: 'practice',
  experiment: 'practice',
  answer: 'notes',
  note: 'notes',
  why: 'notes',
};
