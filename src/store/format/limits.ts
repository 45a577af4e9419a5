/**
 * Limits of what the app keeps. They live apart from the schema so that the editor can show
 * them without loading the validator (valibot comes with the decoder chunk only).
 */

/** The longest note the app keeps (about 15,000 words); saved data is held to it too. */
export const NOTE_MAX_LENGTH = 100_000;

/** The longest "why" line of an experiment log. */
export const EXPERIMENT_WHY_MAX_LENGTH = 2_000;

/** The longest line of evidence under one check-up answer. */
export const EVIDENCE_MAX_LENGTH = 500;

/** The longest field of a 1:1 brief (what I want to ask for, how I like feedback). */
export const BRIEF_FIELD_MAX_LENGTH = 4_000;

/** The longest record key or id: slugs and generated ids are far shorter. */
export const KEY_MAX_LENGTH = 400;

/** The beginning of time: any choice the reader makes is newer than the defaults. */
export const NEVER = '1970-01-01T00:00:00.000Z';
