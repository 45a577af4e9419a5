import type { ReactNode } from 'react';

/**
 * One line for a browser with JavaScript off, where a prerendered page reads but what keeps the
 * reader's own data (answers, notes, progress) cannot work. With JavaScript on, it never shows.
 */
export function NeedsJavaScript({ children }: { children: ReactNode }) {
  return (
    <noscript>
      <p className="needs-javascript">{children}</p>
    </noscript>
  );
}
