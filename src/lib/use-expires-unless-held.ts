import { useEffect, useState } from 'react';

/**
 * An offer (an Undo toast) that goes away after `ms`, but not while the reader is on it: the
 * returned handlers, spread on its container, pause the timer while it has the pointer or focus.
 * `restart` starts the timer again (a new deletion replacing the last one).
 */
export function useExpiresUnlessHeld(
  active: boolean,
  ms: number,
  onExpire: () => void,
  restart?: unknown,
) {
  const [held, setHeld] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `restart` restarts the timer on purpose
  useEffect(() => {
    if (!active || held) return;
    const timer = setTimeout(onExpire, ms);
    return () => clearTimeout(timer);
  }, [active, held, ms, onExpire, restart]);
  return {
    onFocus: () => setHeld(true),
    onBlur: () => setHeld(false),
    onMouseEnter: () => setHeld(true),
    onMouseLeave: () => setHeld(false),
  };
}
