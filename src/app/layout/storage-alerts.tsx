import { Link } from 'react-router';
import { paths } from '@/app/paths';
import { downloadBackup } from '@/features/data/download-backup';
import { downloadKeptCopy } from '@/features/data/lib/kept-copy';
import { persistence } from '@/store/app-store';
import { usePersistence } from '@/store/use-persistence';

/**
 * Plain words when the reader's data is at risk: writes failing (storage full or turned off), or
 * saved data this app could not read. Each says what happened, that nothing is lost yet, and
 * what to do.
 */
const unreadableHeadline = (setAside: number | null) => {
  if (setAside === null) return 'Your saved data could not be read, so the app started fresh.';
  const records = setAside === 1 ? '1 saved record' : `${setAside} saved records`;
  return `${records} could not be read and ${setAside === 1 ? 'was' : 'were'} set aside; everything else you saved is here.`;
};

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
            <strong>{unreadableHeadline(unreadable.setAside)}</strong>{' '}
            {unreadable.keptUnder
              ? 'A copy of the saved data as it was is kept in this browser, under a separate name, and nothing will overwrite it.'
              : 'The saved data as it was is still in this browser; the app will not save over it until you have downloaded it or chosen to carry on.'}{' '}
            Download it to keep a copy: choosing it under “Backup and restore” in Settings brings
            back every record it can read.
          </p>
          <p className="muted">What was wrong: {unreadable.reason}</p>
          <p className="actions">
            <button
              type="button"
              className="button"
              onClick={() => downloadKeptCopy(unreadable.raw, new Date().toISOString())}
            >
              Download the saved data as it was
            </button>
            <button
              type="button"
              className="button"
              onClick={() => persistence.releaseUnreadable()}
            >
              {unreadable.keptUnder ? 'Dismiss' : 'Carry on and save over it'}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
