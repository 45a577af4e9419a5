/**
 * The time stamped on records. Never earlier than the last stamp this tab issued, so two edits
 * in the same millisecond still order correctly when tabs merge.
 */
let last = '';
export const nowIso = (): string => {
  const now = new Date().toISOString();
  last = now > last ? now : new Date(Date.parse(last) + 1).toISOString();
  return last;
};
