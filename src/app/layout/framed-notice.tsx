import { useHref, useLocation } from 'react-router';
import { APP_NAME, useDocumentTitle } from '@/lib/use-document-title';

/** Shown instead of any page while another site's page has the app in a frame. */
export function FramedNotice() {
  useDocumentTitle('Open inside another site');
  // The same page, query and #section, with the base path: the URL the reader is on.
  const href = useHref(useLocation());
  return (
    <article className="page page--narrow">
      <h1>{APP_NAME} is open inside another site’s page</h1>
      <p>
        A page that puts this app inside its own can hide or cover the app’s buttons and trick you
        into clicking them. To keep your notes safe, the app does nothing here.
      </p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open {APP_NAME} directly, in a new tab
        </a>
      </p>
    </article>
  );
}
