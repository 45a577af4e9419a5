import { EVIDENCE_MAX_LENGTH } from '@/store/format/limits';

/** A statement's index in display order, or "n/a"; absent while the reader has not chosen. */
export type Choice = number | 'n/a';
export type CheckupDraft = Record<string, { choice?: Choice; evidence: string }>;

/**
 * A check-up under way is kept in this tab's session storage as the reader answers, so a reload,
 * a link followed from the page, or Back loses none of the statements chosen or the evidence
 * typed. It is not a saved result: it goes when the check-up is completed or the tab is closed.
 */
export const CHECKUP_DRAFT_KEY = 'debugging-leadership:checkup-draft';

const isChoice = (value: unknown): value is Choice =>
  value === 'n/a' || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4);

/** What was kept, checked entry by entry: anything malformed is left out, never trusted. */
export const parseDraft = (text: string | null): CheckupDraft => {
  if (!text) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const draft: CheckupDraft = {};
  for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object' || id === '__proto__') continue;
    const { choice, evidence } = entry as { choice?: unknown; evidence?: unknown };
    const text = typeof evidence === 'string' ? evidence.slice(0, EVIDENCE_MAX_LENGTH) : '';
    if (choice !== undefined && !isChoice(choice)) continue;
    draft[id] = choice === undefined ? { evidence: text } : { choice, evidence: text };
  }
  return draft;
};

/** Storage may be unavailable (private modes, quotas): the draft then lives in memory only. */
export const readDraft = (): CheckupDraft => {
  try {
    return parseDraft(window.sessionStorage.getItem(CHECKUP_DRAFT_KEY));
  } catch {
    return {};
  }
};

export const writeDraft = (draft: CheckupDraft): void => {
  try {
    if (Object.keys(draft).length === 0) window.sessionStorage.removeItem(CHECKUP_DRAFT_KEY);
    else window.sessionStorage.setItem(CHECKUP_DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Kept in memory: the form still holds every choice while the page is open.
  }
};
