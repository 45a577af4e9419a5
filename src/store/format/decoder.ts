/**
 * Everything that reads and merges saved data, in one chunk that loads only when there is saved
 * data to read: a new reader's first visit never downloads it (valibot, migrations, merge).
 */
export { decodeJournal, decodeSaved } from './decode';
export { mergeStates } from './merge';
