import { useId, useRef, useState } from 'react';
import { withEverythingReset, withTopicReset } from '@/features/data/lib/reset';
import { useAppStore } from '@/store/app-store';
import { downloadBackup } from '../download-backup';

type Scope = { kind: 'everything' } | { kind: 'topic'; slug: string; title: string };

/**
 * A reset behind a confirmation dialog (a native modal <dialog>: focus moves in, stays in,
 * Escape cancels, and focus returns to the button that opened it). The dialog offers the backup
 * download first, since a reset cannot be undone.
 */
export function ResetButton({ scope, children }: { scope: Scope; children: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [done, setDone] = useState<string | null>(null);
  const updateRecords = useAppStore((state) => state.updateRecords);

  const what = scope.kind === 'everything' ? 'everything' : `“${scope.title}”`;
  const confirm = () => {
    if (scope.kind === 'everything') updateRecords(withEverythingReset);
    else updateRecords((state, now) => withTopicReset(state, scope.slug, now));
    dialogRef.current?.close();
    setDone(scope.kind === 'everything' ? 'Everything was reset.' : `${scope.title} was reset.`);
  };

  return (
    <>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          setDone(null);
          dialogRef.current?.showModal();
        }}
      >
        {children}
      </button>
      <p role="status" className="muted">
        {done}
      </p>
      <dialog ref={dialogRef} aria-labelledby={titleId} className="dialog">
        <h2 id={titleId}>Reset {what}?</h2>
        <p>
          {scope.kind === 'everything'
            ? 'This removes all your reading statuses, bookmarks, notes, experiment logs, check-up results, 1:1 briefs and your reader profile from this browser. Your theme and reading preferences stay.'
            : 'This removes the reading status, bookmarks, notes and experiment logs of this topic from this browser.'}{' '}
          It cannot be undone. Download a backup first if you might want any of it back.
        </p>
        <p className="actions">
          <button type="button" className="button" onClick={downloadBackup}>
            Download a backup first
          </button>
        </p>
        <p className="actions">
          <button type="button" className="button button--danger" onClick={confirm}>
            Yes, reset {scope.kind === 'everything' ? 'everything' : 'this topic'}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </p>
      </dialog>
    </>
  );
}
