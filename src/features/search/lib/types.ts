/**
 * What search indexes and returns, shared by the build (scripts/search/vite-plugin-search.ts),
 * the engine and the search UI. Types only, so the UI can name them without loading the engine.
 */
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

/**
 * topics: topic + section + takeaway; examples: example; practice: reflection + experiment;
 * notes: answer + note + why (the reader's own words).
 */
export type SearchGroup = 'topics' | 'examples' | 'practice' | 'notes';

export type SearchDoc = {
  id: string;
  kind: SearchKind;
  /** The topic's slug. */
  topic: string;
  topicTitle: string;
  /** Section heading, example title, prompt, experiment title, "Your note", ... */
  title: string;
  /** Body text searched and used for the snippet. */
  text: string;
  /** App path without the basename, e.g. `/topics/strategy-and-execution#kernel`. */
  href: string;
  /** For the reader's notes: the id of the element to focus on arrival. */
  focus?: string;
};

export type Segment = { text: string; mark: boolean };

export type SearchHit = SearchDoc & { score: number; snippet: Segment[]; titleSegments: Segment[] };

export type SearchResults = {
  query: string;
  /** Every hit the query found, including those past each group's limit. */
  total: number;
  /** Non-empty groups only, in the order topics, examples, practice, notes. */
  groups: { group: SearchGroup; label: string; hits: SearchHit[] }[];
};

export type SearchEngine = {
  /** Brings the reader's notes index up to date with `docs`: adds, replaces, removes. */
  setNotes: (docs: readonly SearchDoc[]) => void;
  search: (query: string, options?: { limitPerGroup?: number }) => SearchResults;
};
