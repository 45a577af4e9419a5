import { useEffect, useState } from 'react';
import { downloadKeptCopy } from '@/features/data/lib/kept-copy';
import { formatBytes } from '@/features/data/lib/wording';
import { STORAGE_KEY, useAppStore } from '@/store/app-store';
import { encodeSaved, pickPersisted } from '@/store/format/persisted-state';
import { UNREADABLE_PREFIX } from '@/store/persistence/saved-storage';

type Estimate = { quota: number } | null;

/** Copies of saved data the app could not read, kept aside at start-up: never deleted by the app. */
const unreadableCopies = (): string[] => {
  try {
    return Object.keys(localStorage)
      .filter((name) => name.startsWith(`${STORAGE_KEY}${UNREADABLE_PREFIX}`))
      .sort();
  } catch {
    return [];
  }
};

/**
 * How much room the reader's data takes, the most the browser lets the site keep, and a
 * request to keep the data (persistent storage), which browsers may grant or refuse.
 */
export function StorageInfo() {
  const bytes = useAppStore((state) => new Blob([encodeSaved(pickPersisted(state))]).size);
  const [estimate, setEstimate] = useState<Estimate | undefined>(undefined);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [asked, setAsked] = useState(false);
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [copies] = useState(unreadableCopies);

  useEffect(() => {
    if (!storage?.estimate) {
      setEstimate(null);
      return;
    }
    void storage
      .estimate()
      .then((result) => setEstimate(result.quota ? { quota: result.quota } : null))
      .catch(() => setEstimate(null));
    void storage
      .persisted?.()
      .then(setPersisted)
      .catch(() => setPersisted(null));
  }, [storage]);

  const askToPersist = async () => {
    if (!storage) return;
    setAsked(true);
    try {
      setPersisted(await storage.persist());
    } catch {
      setPersisted(false);
    }
  };

  return (
    <div className="storage-info">
      {/* The browser's own "usage" figure leaves out this kind of storage, so it is not shown. */}
      <p>
        Your notes and progress take <strong>{formatBytes(bytes)}</strong>.
        {estimate && ` This browser lets this site use up to ${formatBytes(estimate.quota)}.`}
      </p>
      {copies.length > 0 && (
        <div>
          <p>
            Kept aside: {copies.length} {copies.length === 1 ? 'copy' : 'copies'} of saved data the
            app could not read in full. The app never deletes them. To bring back every record a
            copy still holds, download it and choose it under “Backup and restore” above.
          </p>
          <ul className="link-list">
            {copies.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    downloadKeptCopy(
                      localStorage.getItem(name) ?? '',
                      name.slice(`${STORAGE_KEY}${UNREADABLE_PREFIX}`.length),
                    )
                  }
                >
                  Download the copy kept{' '}
                  {name.slice(`${STORAGE_KEY}${UNREADABLE_PREFIX}`.length).slice(0, 10)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {storage?.persist && (
        <>
          <p>
            Persistent storage:{' '}
            <strong>
              {persisted === null ? 'unknown' : persisted ? 'granted' : 'not granted'}
            </strong>
            .{' '}
            {persisted
              ? 'The browser will not clear your data to free space.'
              : 'The browser may clear this site’s data when space runs low; a backup keeps it safe.'}
          </p>
          {!persisted && (
            <button type="button" className="button" onClick={askToPersist}>
              Ask the browser to keep my data
            </button>
          )}
          <p role="status" className="muted">
            {asked && persisted === false
              ? 'The browser did not grant it this time. Keeping a backup is the sure way.'
              : ''}
            {asked && persisted ? 'Granted: the browser will keep your data.' : ''}
          </p>
        </>
      )}
    </div>
  );
}
