export type SearchDialogName = 'search' | 'shortcuts';

/** Apple keyboards open search with ⌘K; elsewhere Ctrl+K (on a Mac, Ctrl+K deletes to line end). */
export const isApple = (): boolean => /Mac|iP/.test(navigator.platform);
