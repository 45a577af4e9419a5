export type UnreadableReason = 'not-json' | 'not-app-data' | 'newer-version' | 'invalid';

/** Saved data (or an imported file) that this app cannot read; the message says why. */
export class UnreadableDataError extends Error {
  override name = 'UnreadableDataError';
  constructor(
    readonly reason: UnreadableReason,
    message: string,
  ) {
    super(message);
  }
}
