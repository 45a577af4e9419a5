import { askToKeepDataOnFirstAnswer } from '@/features/data/lib/keep-data';
import { storeHydrated, useAppStore } from '@/store/app-store';
import { clearOfflineLink, tellLinkNeedsConnection } from './notice-store';
import { holdLinksWhileOffline } from './offline-links';

/**
 * What makes the app last on a reader's device, started once the page has loaded (main.tsx) so
 * none of it competes with the first view: the service worker (production builds only: the dev
 * server has none), links that need a connection, and the request to keep the reader's data.
 */
export async function startOffline(base: string): Promise<void> {
  holdLinksWhileOffline(document, tellLinkNeedsConnection);
  addEventListener('online', clearOfflineLink);
  await storeHydrated();
  if (navigator.storage?.persist) {
    askToKeepDataOnFirstAnswer({
      subscribe: (onChange) =>
        useAppStore.subscribe((state, previous) => onChange(state.notes, previous.notes)),
      // Through functions: where storage is off, even reading `localStorage` throws.
      storage: {
        getItem: (name) => localStorage.getItem(name),
        setItem: (name, value) => localStorage.setItem(name, value),
      },
      persist: () => navigator.storage.persist(),
    });
  }
  // Links and the request are in place (the browser tests wait for this, as for data-ready).
  document.documentElement.dataset.offlineReady = '';
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    try {
      const { registerServiceWorker } = await import('./service-worker');
      await registerServiceWorker(`${base}sw.js`, base);
    } catch {
      // Refused (a private window in some browsers, a policy): the app works as a plain page.
    }
  }
}
