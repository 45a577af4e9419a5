import type { ReactNode } from 'react';
import type { TopicSection } from '@/content/topic';

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
  return (
    <div className="topic-body prose">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="topic-section">
          <div className="section-heading">
            <h2 id={section.id} tabIndex={-1}>
              {section.title}
            </h2>
            {renderHeadingAction?.(section)}
          </div>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: build-time HTML from our own Markdown, never reader input */}
          <div dangerouslySetInnerHTML={{ __html: section.html }} />
        </section>
      ))}
    </div>
  );
}
