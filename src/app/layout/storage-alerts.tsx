import { Link } from 'react-router';
import { paths } from '@/app/paths';
import { downloadBackup } from '@/features/data/download-backup';
import { downloadText } from '@/lib/download';
import { persistence } from '@/store/app-store';
import { usePersistence } from '@/store/use-persistence';

/**
 * Plain words when the reader's data is at risk: writes failing (storage full or turned off), or
 * saved data this app could not read. Each says what happened, that nothing is lost yet, and
 * what to do.
 */
export default function StorageAlerts() {
  const failing = usePersistence((status) => status.save === 'failing');
  const newerElsewhere = usePersistence((status) => status.newerVersionElsewhere);
  const unreadable = usePersistence((status) => status.unreadable);
  return (
    <>
      {failing && (
        <div role="alert" className="alert alert--danger">
          {newerElsewhere ? (
            <p>
              <strong>Your changes are not being saved.</strong> A newer version of the app saved
              your data in another tab, and this older page will not write over it. Reload this page
              to carry on; download what you wrote here first if it matters.
            </p>
          ) : (
            <p>
              <strong>Your changes are not being saved.</strong> This browser will not let the app
              store data: its storage may be full, or turned off (some private windows do this).
              Everything still works on this page, and the app keeps trying to save, but what you
              write now will be lost when you close the tab unless you download it.
            </p>
          )}
          <p className="actions">
            <button type="button" className="button" onClick={downloadBackup}>
              Download your data now
            </button>
            <Link to={paths.settings.href()}>Backup and storage settings</Link>
          </p>
        </div>
      )}
      {unreadable && (
        <div role="alert" className="alert alert--warning">
          <p>
            <strong>Your saved data could not be read, so the app started fresh.</strong>{' '}
            {unreadable.keptUnder
              ? 'The unreadable data is kept unchanged in this browser, under a separate name, and nothing will overwrite it.'
              : 'The unreadable data is still in this browser; the app will not save over it until you have downloaded it or chosen to start fresh.'}{' '}
            Download it to keep a copy or to get help recovering it.
          </p>
          <p className="muted">Reason: {unreadable.reason}</p>
          <p className="actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(
                  `debugging-leadership-unreadable-${new Date().toISOString().slice(0, 10)}.txt`,
                  unreadable.raw,
                  'text/plain',
                )
              }
            >
              Download the unreadable data
            </button>
            <button
              type="button"
              className="button"
              onClick={() => persistence.releaseUnreadable()}
            >
              {unreadable.keptUnder ? 'Dismiss' : 'Start fresh and save over it'}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
