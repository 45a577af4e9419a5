import { Workbox } from 'workbox-window';
import { reloadKeepingEveryWord } from '@/store/app-store';
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

  workbox.addEventListener('waiting', () => {
    versionKnown = true;
    offerUpdate(() => {
      // No worker waiting: another tab has already let it take over.
      if (!registration?.waiting) return reloadKeepingEveryWord();
      reloadWhenControlled = true;
      workbox.messageSkipWaiting();
    });
  });
  container.addEventListener('controllerchange', () => {
    if (reloadWhenControlled) return reloadKeepingEveryWord();
    // Another tab applied the update: this tab still runs the old version, and the new worker
    // no longer keeps its files, so a page it has not loaded yet cannot open (RouteError says so
    // rather than going blank). Say so again, even after Later; the reader reloads when ready.
    if (versionKnown) offerUpdate(reloadKeepingEveryWord);
    versionKnown = true;
  });

  // Readers keep a tab for days: look for a new version whenever they come back to it.
  // (Workbox's update() does nothing until the worker is registered.)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update().catch(() => {});
  });
  registration = await workbox.register();
}
