import { createBrowserRouter, type HydrationState } from 'react-router';
import { routes } from './routes';

/**
 * Vite's base ("/" or "/some/path/") becomes the router's basename, so sub-path deploys work.
 * The trailing slash is kept on purpose: links to home then point at "/some/path/", which static
 * hosts serve as the folder's index, rather than "/some/path", which some answer with a 404.
 */
export const basename = import.meta.env.BASE_URL;

/**
 * A page opened afresh (a typed URL, a bookmark, a link from elsewhere) has no history state, and
 * React Router keys every such entry "default": ScrollRestoration then gave each new page the
 * scroll depth saved for the previous one. A key of its own, kept in the entry's history state,
 * survives a reload and Back/Forward (where restoring is wanted) and is new for every new page.
 */
function keyThisHistoryEntry() {
  // Only the browser imports this module (src/main.tsx), so window is there.
  if (window.history.state?.key) return;
  const key = Math.random().toString(36).slice(2, 10);
  window.history.replaceState({ ...window.history.state, key }, '');
}
keyThisHistoryEntry();

/**
 * Created once, by src/main.tsx, after any lazy route the address matches has loaded, with the
 * prerendered page's loader data when it hydrates one (no loader runs again for it).
 */
export const createAppRouter = (hydrationData?: HydrationState) =>
  createBrowserRouter(routes, { basename, hydrationData });
