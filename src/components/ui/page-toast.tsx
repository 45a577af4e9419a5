import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

/** The layout's live region for a page's toasts, in the stack with the app's own notices. */
export const PAGE_TOASTS_ID = 'page-toasts';

/**
 * A page's toast ("Bookmark removed", Undo) shown in the layout's stack at the foot of the
 * screen, above or below the app's notices rather than under them. The layout's region is always
 * present, so the message is announced when it appears. Without the layout (a component test),
 * the toast keeps a live region of its own.
 */
export function PageToast({ children }: { children: ReactNode }) {
  const [stack, setStack] = useState<HTMLElement | null>(null);
  useEffect(() => setStack(document.getElementById(PAGE_TOASTS_ID)), []);
  if (stack) return createPortal(children, stack);
  return (
    <div role="status" className="toast-region">
      {children}
    </div>
  );
}
