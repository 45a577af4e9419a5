/// <reference types="vite/client" />

declare module 'virtual:topic-index' {
  const topicIndex: import('./content/topic').TopicSummary[];
  export default topicIndex;
}

declare module 'virtual:topic-outlines' {
  const topicOutlines: import('./content/topic').TopicOutline[];
  export default topicOutlines;
}

/** The course's search index, serialized: `MiniSearch.loadJSON(index, searchIndexOptions)`. */
declare module 'virtual:search-index' {
  const searchIndex: string;
  export default searchIndex;
}

declare module 'virtual:checkup' {
  export const items: import('./content/checkup-schema').CheckupItem[];
  export const questions: string[];
}

declare module '*.md' {
  const topic: import('./content/topic').Topic;
  export default topic;
}
