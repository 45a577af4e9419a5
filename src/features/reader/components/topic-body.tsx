import { type ReactNode, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { TopicSection } from '@/content/topic';
import { appLinkTarget, withBase } from '../lib/app-links';

const BASE = import.meta.env.BASE_URL;

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
      const to = appLinkTarget(event, BASE);
      if (to === null) return;
      event.preventDefault();
      navigate(to);
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
          <div dangerouslySetInnerHTML={{ __html: withBase(section.html, BASE) }} />
        </section>
      ))}
    </div>
  );
}
