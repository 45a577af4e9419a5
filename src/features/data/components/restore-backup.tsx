import { type DragEvent, useId, useRef, useState } from 'react';
import { downloadBackup } from '@/features/data/download-backup';
import { MAX_BACKUP_BYTES, parseBackup } from '@/features/data/lib/backup-import';
import {
  previewRestore,
  type RestorePreview,
  withBackupMerged,
  withBackupReplaced,
} from '@/features/data/lib/restore';
import { countsAreEmpty, describeCounts as describe } from '@/features/data/lib/wording';
import { formatDate } from '@/lib/format-date';
import { useAppStore } from '@/store/app-store';
import { nowIso } from '@/store/clock';
import type { PersistedState } from '@/store/format/persisted-state';
import { pickPersisted } from '@/store/format/persisted-state';

type Stage =
  | { kind: 'idle' }
  | { kind: 'refused'; message: string }
  | {
      kind: 'preview';
      fileName: string;
      exportedAt: string | null;
      skipped: number;
      state: PersistedState;
      preview: RestorePreview;
    }
  | { kind: 'done'; message: string };

const keptBeside = (count: number) =>
  count === 0
    ? ''
    : count === 1
      ? '; 1 note whose text differs on both sides is kept twice: the newer, and the other beside it as a conflicting copy'
      : `; ${count} notes whose text differs on both sides are kept twice: the newer, and the other beside each as a conflicting copy`;

/**
 * Restore from a backup file: chosen with the file input or dropped on it. The file is checked
 * completely and previewed before anything changes; Merge or Replace is then one atomic update.
 */
export function RestoreBackup() {
  const inputId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  // Files are read asynchronously: only the last one chosen may show its preview.
  const latestRead = useRef(0);
  const updateRecords = useAppStore((state) => state.updateRecords);

  const focusMessage = () => requestAnimationFrame(() => messageRef.current?.focus());

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const read = ++latestRead.current;
    if (file.size > MAX_BACKUP_BYTES) {
      setStage({
        kind: 'refused',
        message:
          'This file is larger than 5 MB, far bigger than any backup of this app. Nothing in this browser was changed.',
      });
      focusMessage();
      return;
    }
    performance.mark('import-parse-start');
    const text = await file.text();
    if (read !== latestRead.current) return;
    const now = nowIso();
    const result = parseBackup(text, now);
    if (!result.ok) {
      setStage({ kind: 'refused', message: result.message });
    } else {
      const preview = previewRestore(pickPersisted(useAppStore.getState()), result.state, now);
      performance.measure('import-parse', 'import-parse-start');
      setStage({
        kind: 'preview',
        fileName: file.name,
        exportedAt: result.exportedAt,
        skipped: result.skipped,
        state: result.state,
        preview,
      });
    }
    focusMessage();
  };

  const apply = (mode: 'merge' | 'replace') => {
    if (stage.kind !== 'preview') return;
    performance.mark('import-apply-start');
    try {
      const restore = mode === 'merge' ? withBackupMerged : withBackupReplaced;
      updateRecords((current, now) => restore(current, stage.state, now));
    } catch {
      setStage({
        kind: 'refused',
        message: 'Restoring failed part-way, so nothing was changed. Your data is as it was.',
      });
      focusMessage();
      return;
    }
    performance.measure('import-apply', 'import-apply-start');
    setStage({
      kind: 'done',
      message:
        mode === 'merge'
          ? `Backup merged: ${
              [
                countsAreEmpty(stage.preview.added)
                  ? ''
                  : `${describe(stage.preview.added)} added or brought back`,
                countsAreEmpty(stage.preview.changed)
                  ? ''
                  : `${describe(stage.preview.changed)} updated`,
              ]
                .filter(Boolean)
                .join(', ') || 'nothing changed'
            }${keptBeside(stage.preview.keptBeside)}.`
          : `Backup restored: this browser now holds what the backup held (${describe(stage.preview.inBackup)}).`,
    });
    focusMessage();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };

  return (
    <div className="restore">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a pointer shortcut; the file input inside is the way for everyone */}
      <div
        className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="dropzone__label">
          Choose a file to restore
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json,.txt,text/plain"
          onChange={(event) => {
            void readFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <p className="muted dropzone__hint">
          or drop the file here. Nothing changes until you choose Merge or Replace.
        </p>
      </div>

      <div ref={messageRef} tabIndex={-1} className="restore__message">
        {stage.kind === 'refused' && (
          <div role="alert" className="alert alert--danger">
            <p>
              <strong>This file was not restored.</strong> {stage.message}
            </p>
          </div>
        )}
        {stage.kind === 'done' && (
          <p role="status" className="alert alert--success">
            {stage.message}
          </p>
        )}
        {stage.kind === 'preview' && (
          <section aria-labelledby="restore-preview-title" className="panel restore-preview">
            <h3 id="restore-preview-title">Restore preview</h3>
            <p>
              <strong>{stage.fileName}</strong>
              {stage.exportedAt
                ? `, exported ${formatDate(stage.exportedAt)},`
                : ', a copy of saved data,'}{' '}
              holds {describe(stage.preview.inBackup)}.
            </p>
            {stage.skipped > 0 && (
              <p>
                {stage.skipped === 1
                  ? '1 record in it could not be read and is left out.'
                  : `${stage.skipped} records in it could not be read and are left out.`}
              </p>
            )}
            <dl className="restore-preview__choices">
              <dt>Merge</dt>
              <dd>
                Keeps everything in this browser and never deletes.{' '}
                {countsAreEmpty(stage.preview.added)
                  ? 'Adds nothing from the file'
                  : `Adds or brings back ${describe(stage.preview.added)} from the file, even ones reset or deleted here`}
                {countsAreEmpty(stage.preview.changed)
                  ? ''
                  : `; updates ${describe(stage.preview.changed)} here to the file’s newer copies`}
                {keptBeside(stage.preview.keptBeside)}.
              </dd>
              <dt>Replace</dt>
              <dd>
                Makes this browser, and any other tab of the app open in it, hold exactly what the
                file holds.{' '}
                {countsAreEmpty(stage.preview.removedByReplace)
                  ? 'It removes nothing'
                  : `It removes ${describe(stage.preview.removedByReplace)} that only this browser has`}
                {stage.preview.rewrittenByReplace > 0
                  ? `, and puts the file’s text in place of this browser’s in ${stage.preview.rewrittenByReplace} ${stage.preview.rewrittenByReplace === 1 ? 'note' : 'notes'}`
                  : ''}
                . Download a backup first if you might want any of it back.
              </dd>
            </dl>
            <p className="actions">
              <button type="button" className="button" onClick={downloadBackup}>
                Download a backup first
              </button>
            </p>
            <p className="actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => apply('merge')}
              >
                Merge
              </button>
              <button
                type="button"
                className="button button--danger"
                onClick={() => apply('replace')}
              >
                Replace
              </button>
              <button type="button" className="button" onClick={() => setStage({ kind: 'idle' })}>
                Cancel
              </button>
            </p>
          </section>
        )}
      </div>
    </div>
  );
}
