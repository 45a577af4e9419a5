import { createStore } from 'zustand/vanilla';

/**
 * What the app has to tell the reader about itself, held in memory (never saved): a new version
 * waiting for their "Reload", or a link to another site they followed with no connection.
 */
export type NoticeState = {
  /** Set while a new version is ready: applies it (keeping every word), then reloads. */
  update: (() => void) | null;
  /** The reader put the update notice away for now; it comes back on the next page load. */
  updateLater: boolean;
  /**
   * The site a link goes to, when the reader followed it offline; the link, for focus; and
   * whether a service worker runs this page (only then does the whole app work offline).
   */
  offlineLink: { host: string; link: HTMLElement; appWorksOffline: boolean } | null;
};

export const noticeStore = createStore<NoticeState>(() => ({
  update: null,
  updateLater: false,
  offlineLink: null,
}));

export const offerUpdate = (apply: () => void) =>
  noticeStore.setState({ update: apply, updateLater: false });
export const putUpdateAway = () => noticeStore.setState({ updateLater: true });
export const tellLinkNeedsConnection = (host: string, link: HTMLElement) =>
  noticeStore.setState({
    offlineLink: { host, link, appWorksOffline: Boolean(navigator.serviceWorker?.controller) },
  });
export const clearOfflineLink = () => noticeStore.setState({ offlineLink: null });
