/// <reference types="vite/client" />

declare module 'virtual:topic-index' {
  const topicIndex: import('./content/topic').TopicSummary[];
  export default topicIndex;
}

declare module 'virtual:topic-outlines' {
  const topicOutlines: import('./content/topic').TopicOutline[];
  export default topicOutlines;
}

declare module 'virtual:checkup' {
  export const items: import('./content/checkup-schema').CheckupItem[];
  export const questions: string[];
}

declare module '*.md' {
  const topic: import('./content/topic').Topic;
  export default topic;
}
