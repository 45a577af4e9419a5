/**
 * The time stamped on records. Never earlier than the last stamp this tab issued, so two edits
 * in the same millisecond still order correctly when tabs merge; but if the system clock was
 * set back by more than a minute while the tab was open, the tab follows the clock again rather
 * than stamping records ahead of every other tab (which would then clamp and rewrite them).
 */
const TRUST_CLOCK_AFTER_MS = 60_000;
let last = 0;
export const nowIso = (): string => {
  const now = Date.now();
  last = now > last || last - now > TRUST_CLOCK_AFTER_MS ? now : last + 1;
  return new Date(last).toISOString();
};
