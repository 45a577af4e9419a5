import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useStore } from 'zustand';
import { clearOfflineLink, noticeStore, putUpdateAway } from '../notice-store';

/**
 * The app's own news, in an always-present live region so a screen reader hears it when it
 * appears: "A new version is ready" (it never takes focus: the reader may be typing), and "this
 * link needs a connection" after a source link is followed offline.
 */
export function AppNotices() {
  const { update, updateLater, offlineLink } = useStore(noticeStore);
  // The link notice is about the page the reader was on: it goes when they move on.
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname) clearOfflineLink();
  }, [pathname]);
  return (
    <div role="status" className="toast-region">
      {offlineLink && (
        <div className="toast">
          <span>
            You’re offline, so this link to {offlineLink.host} can’t open now.
            {offlineLink.appWorksOffline && ' Everything in this app works without a connection.'}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => {
              // Back to the link the reader followed, rather than to the top of the page.
              offlineLink.link.focus();
              clearOfflineLink();
            }}
          >
            OK
          </button>
        </div>
      )}
      {update && !updateLater && (
        <div className="toast">
          <span>A new version is ready.</span>
          <button type="button" className="button" onClick={update}>
            Reload
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              // The notice goes with the button that has focus: keep focus in the page.
              document.getElementById('main')?.focus({ preventScroll: true });
              putUpdateAway();
            }}
          >
            Later
          </button>
        </div>
      )}
    </div>
  );
}
