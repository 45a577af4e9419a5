import type { SearchDoc, SearchKind } from './lib/types';

/** Where on its topic page each kind of result is: the page's own headings. */
const partOf: Record<SearchKind, string> = {
  topic: '',
  section: '',
  takeaway: 'Key takeaways',
  example: 'Real-world examples',
  reflection: 'Reflections',
  experiment: 'Try this week',
  answer: 'Reflections › Your answer',
  note: 'Your notes',
  why: 'Try this week',
};

/** Where a result leads, as a trail: "Strategy and execution › The kernel". */
export const whereLabel = ({
  kind,
  topicTitle,
  title,
}: Pick<SearchDoc, 'kind' | 'topicTitle' | 'title'>): string => {
  const part = kind === 'section' ? title : partOf[kind];
  return part ? `${topicTitle} › ${part}` : topicTitle;
};
