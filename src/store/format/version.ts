/**
 * The persisted shape's version. Bump it with every change to what is saved, add a step in migrations.ts
 * that turns the previous version into the new one, and add a fixture of the previous version
 * to migrations.test.ts. A step may add or reshape fields but must never drop a reader's record.
 *
 * History:
 * 1. preferences.theme only (the app shell).
 * 2. progress, bookmarks, notes, experiments and lastPosition; every record stamped with
 *    updatedAt so tabs and backups merge record by record.
 * 3. notes may carry `conflictOf`: a conflicting copy kept beside the note it lost to.
 * 4. a topic's status may be "skipped"; preferences may carry textSize, lineLength and font.
 * 5. check-up results (`assessments`) and 1:1 brief fields (`briefs`); preferences may carry the
 *    reader's profile.
 * 6. preferences may carry singleKeyShortcuts (false turns off /, ?, [ and ]).
 */
export const STORE_VERSION = 6;
