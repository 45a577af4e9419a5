import type { ReactNode } from 'react';

/** A link to another site: opens in a new tab without giving that site a handle on this page. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external">
      {children}
      <span className="visually-hidden">{' (opens in a new tab)'}</span>
    </a>
  );
}
