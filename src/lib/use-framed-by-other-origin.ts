import { useSyncExternalStore } from 'react';
import { isFramedByOtherOrigin } from './framing';

// A page cannot move into or out of a frame, so there is nothing to subscribe to.
const subscribe = () => () => {};
const getSnapshot = () => isFramedByOtherOrigin(window);
// A server render has no window: it renders the normal page and the browser decides on hydration.
const getServerSnapshot = () => false;

export const useFramedByOtherOrigin = (): boolean =>
  useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
