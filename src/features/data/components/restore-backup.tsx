import { type DragEvent, useId, useRef, useState } from 'react';
import { MAX_BACKUP_BYTES, parseBackup } from '@/features/data/lib/backup-import';
import { withReplaced } from '@/features/data/lib/reset';
import {
  previewRestore,
  type RecordCounts,
  type RestorePreview,
} from '@/features/data/lib/restore-plan';
import { formatDate } from '@/lib/format-date';
import { useAppStore } from '@/store/app-store';
import type { PersistedState } from '@/store/format/persisted-state';
import { pickPersisted } from '@/store/format/persisted-state';

type Stage =
  | { kind: 'idle' }
  | { kind: 'refused'; message: string }
  | {
      kind: 'preview';
      fileName: string;
      exportedAt: string;
      state: PersistedState;
      preview: RestorePreview;
    }
  | { kind: 'done'; message: string };

const describe = (counts: RecordCounts) => {
  const parts = [
    [counts.notes, 'note', 'notes'],
    [counts.bookmarks, 'bookmark', 'bookmarks'],
    [counts.statuses, 'reading status', 'reading statuses'],
    [counts.experiments, 'experiment log', 'experiment logs'],
  ] as const;
  return parts.map(([n, one, many]) => `${n} ${n === 1 ? one : many}`).join(', ');
};

/**
 * Restore from a backup file: chosen with the file input or dropped on it. The file is checked
 * completely and previewed before anything changes; Merge or Replace is then one atomic update.
 */
export function RestoreBackup() {
  const inputId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const mergeRecords = useAppStore((state) => state.mergeRecords);
  const updateRecords = useAppStore((state) => state.updateRecords);

  const focusMessage = () => requestAnimationFrame(() => messageRef.current?.focus());

  const readFile = async (file: File | undefined) => {
    if (!file) return;
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
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setStage({ kind: 'refused', message: result.message });
    } else {
      const preview = previewRestore(pickPersisted(useAppStore.getState()), result.state);
      performance.measure('import-parse', 'import-parse-start');
      setStage({
        kind: 'preview',
        fileName: file.name,
        exportedAt: result.exportedAt,
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
      if (mode === 'merge') mergeRecords(stage.state);
      else updateRecords((current, now) => withReplaced(current, stage.state, now));
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
          ? `Backup merged: ${describe(stage.preview.added)} added, ${describe(stage.preview.changed)} updated.`
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
          accept=".json,application/json"
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
              <strong>{stage.fileName}</strong>, exported {formatDate(stage.exportedAt)}, holds{' '}
              {describe(stage.preview.inBackup)}.
            </p>
            <dl className="restore-preview__choices">
              <dt>Merge</dt>
              <dd>
                Keeps everything in this browser and adds {describe(stage.preview.added)} from the
                backup; {describe(stage.preview.changed)} here are replaced by the backup’s newer
                copies. For each record, the newer one wins.
              </dd>
              <dt>Replace</dt>
              <dd>
                Makes this browser hold exactly what the backup holds. It removes{' '}
                {describe(stage.preview.removedByReplace)} that only this browser has.
              </dd>
            </dl>
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
