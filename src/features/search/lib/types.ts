export type SearchKind =
  | 'section'
  | 'topic'
  | 'takeaway'
  | 'example'
  | 'reflection'
  | 'experiment'
  | 'answer'
  | 'note'
  | 'why';
export type SearchGroup = 'topics' | 'examples' | 'practice' | 'notes';
// topics: topic + section + takeaway; examples: example; practice: reflection + experiment;
// notes: answer + note + why (the reader's own words)
export type SearchDoc = {
  id: string;
  kind: SearchKind;
  topic: string /*slug*/;
  topicTitle: string;
  title: string; // section heading, example title, prompt, experiment title, "Your answer", ...
  text: string; // body text searched and used for the snippet
  href: string; // app path WITHOUT basename, e.g. `/topics/strategy-and-execution#kernel`
  focus?: string; // for reader notes: the id of the element to focus on arrival (see below)
};
export type Segment = { text: string; mark: boolean };
export type SearchHit = SearchDoc & { score: number; snippet: Segment[]; titleSegments: Segment[] };
export type SearchResults = {
  query: string;
  total: number;
  groups: { group: SearchGroup; label: string; hits: SearchHit[] }[];
};
