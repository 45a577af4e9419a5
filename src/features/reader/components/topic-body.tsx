import { type ReactNode, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { TopicSection } from '@/content/topic';

/**
 * Prose links to the app's own pages are written from its root ("/assessment"); sources are
 * https. So every root-relative href is the app's, and gets the base.
 */
const underBase = (html: string) => html.replaceAll('href="/', `href="${import.meta.env.BASE_URL}`);

/**
 * The topic's prose, one region per section. The HTML comes from the topic's own Markdown,
 * compiled and checked at build time (raw HTML in Markdown is escaped there); reader text is
 * never rendered this way.
 */
export function TopicBody({
  sections,
  renderHeadingAction,
}: {
  sections: TopicSection[];
  renderHeadingAction?: (section: TopicSection) => ReactNode;
}) {
  const body = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  // A link to another page of the app is followed by the router, as the app's own links are,
  // rather than loading the whole app again. A modified click keeps the browser's meaning.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.('a.app-link');
      if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      event.preventDefault();
      const base = import.meta.env.BASE_URL.replace(/\/$/, '');
      navigate(`${link.pathname.slice(base.length)}${link.search}${link.hash}`);
    };
    const element = body.current;
    element?.addEventListener('click', onClick);
    return () => element?.removeEventListener('click', onClick);
  }, [navigate]);
  return (
    <div className="topic-body prose" ref={body}>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="topic-section">
          <div className="section-heading">
            <h2 id={section.id} tabIndex={-1}>
              {section.title}
            </h2>
            {renderHeadingAction?.(section)}
          </div>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: build-time HTML from our own Markdown, never reader input */}
          <div dangerouslySetInnerHTML={{ __html: underBase(section.html) }} />
        </section>
      ))}
    </div>
  );
}
