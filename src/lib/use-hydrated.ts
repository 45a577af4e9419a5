import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while a page is prerendered and while the browser hydrates it, true from then on (React
 * reads the server snapshot while hydrating). What depends on the address beyond its path, like a
 * ?q= the prerender never saw, renders after hydration, so the first render matches the HTML.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
