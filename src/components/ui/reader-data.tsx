import type { ReactNode } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import { NeedsJavaScript } from './needs-javascript';

/**
 * A part of a page made of the reader's own data (their notebook, bookmarks, check-ups,
 * settings). The prerender has no reader, so it renders an empty space here instead of an
 * "empty" state a returning reader would see flash before their data. The browser fills it once
 * hydrated. The space is at least a screen tall either way, so the footer below is never on the
 * first screen to be pushed down (layout shift 0).
 */
export function ReaderData({
  needsJavaScript,
  children,
}: {
  /** The one line shown without JavaScript, naming what needs it. */
  needsJavaScript: string;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  return (
    <div className="reader-data">
      {hydrated ? children : <NeedsJavaScript>{needsJavaScript}</NeedsJavaScript>}
    </div>
  );
}
