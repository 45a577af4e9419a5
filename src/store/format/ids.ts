/** One answer per prompt, so two tabs answering the same prompt edit one record, not two. */
export const answerId = (topic: string, promptId: string) => `${topic}/${promptId}`;

/** One bookmark per place: toggling it off and on again in two tabs lands on the same record. */
export const bookmarkId = (topic: string, section?: string) =>
  section ? `${topic}#${section}` : topic;
