import { Workbox } from 'workbox-window';
import { persistence } from '@/store/app-store';
import { offerUpdate } from './notice-store';

/**
 * Registers the service worker (built by vite-plugin-pwa: README, "Offline and installable") and
 * turns a new version into a notice. A new worker waits until the reader presses "Reload": the
 * page never reloads by itself, and an old tab keeps its own version's files until then.
 */
export async function registerServiceWorker(scriptUrl: string, scope: string): Promise<void> {
  const container = navigator.serviceWorker;
  const workbox = new Workbox(scriptUrl, { scope });
  // Set when this tab asked the new worker to take over; the reload follows once it has.
  let reloadWhenControlled = false;
  // Whether this tab runs a version some worker already served, so that a change of worker is
  // a new version: true once the page is controlled, or once a new version was seen waiting. On
  // a first visit the worker claims the page (clientsClaim): that change is not an update.
  let versionKnown = container.controller !== null;
  let registration: ServiceWorkerRegistration | undefined;

  const reload = () => {
    persistence.flushUrgently(); // Every word typed is on disk before the page goes.
    location.reload();
  };

  workbox.addEventListener('waiting', () => {
    versionKnown = true;
    offerUpdate(() => {
      // No worker waiting: another tab has already let it take over.
      if (!registration?.waiting) return reload();
      reloadWhenControlled = true;
      workbox.messageSkipWaiting();
    });
  });
  container.addEventListener('controllerchange', () => {
    if (reloadWhenControlled) return reload();
    // Another tab applied the update: this tab still runs the old version, and the new worker
    // no longer keeps its files, so a page it has not loaded yet cannot open (RouteError says so
    // rather than going blank). Say so again, even after Later; the reader reloads when ready.
    if (versionKnown) offerUpdate(reload);
    versionKnown = true;
  });

  registration = await workbox.register();
  // Readers keep a tab for days: look for a new version whenever they come back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration?.update().catch(() => {});
  });
}
