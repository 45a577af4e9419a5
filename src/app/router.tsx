import { createBrowserRouter } from 'react-router';
import { routes } from './routes';

/**
 * Vite's base ("/" or "/some/path/") becomes the router's basename, so sub-path deploys work.
 * The trailing slash is kept on purpose: links to home then point at "/some/path/", which static
 * hosts serve as the folder's index, rather than "/some/path", which some answer with a 404.
 */
export const basename = import.meta.env.BASE_URL;

// Created once, at module scope, as the React Router docs advise.
export const router = createBrowserRouter(routes, { basename });
