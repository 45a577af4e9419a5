import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getTopicSummary, loadOutlines } from '@/content/catalog';
import { useAppStore } from '@/store/app-store';

/**
 * The title of a topic's section. Section titles live in the outlines chunk, not the light topic
 * index on the first view, so they load only for a reader who has a section to go back to; until
 * then (and for a section that no longer exists) the link names the topic alone.
 */
function useSectionTitle(topic: string | undefined, section: string | undefined) {
  const [title, setTitle] = useState<string>();
  useEffect(() => {
    setTitle(undefined);
    if (!topic || !section) return;
    let current = true;
    void loadOutlines().then((outlines) => {
      const found = outlines
        .find((outline) => outline.slug === topic)
        ?.sections.find((item) => item.id === section);
      if (current) setTitle(found?.title);
    });
    return () => {
      current = false;
    };
  }, [topic, section]);
  return title;
}

/** "Continue reading: {topic} — {section}", back to the section the reader was in. */
export function ContinueReading({
  hrefFor,
}: {
  hrefFor: (slug: string, section?: string) => string;
}) {
  const position = useAppStore((state) => state.lastPosition);
  const topic = position ? getTopicSummary(position.topic) : undefined;
  const sectionTitle = useSectionTitle(topic?.slug, position?.section);
  if (!position || !topic) return null;
  return (
    <section aria-labelledby="continue-title" className="continue card">
      <h2 id="continue-title" className="continue__title">
        Continue where you left off
      </h2>
      <Link className="button button--primary" to={hrefFor(topic.slug, position.section)}>
        <span className="continue__label">
          Continue reading: {topic.title}
          {sectionTitle ? ` — ${sectionTitle}` : ''}
        </span>
      </Link>
    </section>
  );
}
