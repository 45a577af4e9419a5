import { Link } from 'react-router';
import { getTopicSummary } from '@/content/catalog';
import { useAppStore } from '@/store/app-store';

/** "Continue where you left off": back to the last topic, at the section the reader was in. */
export function ContinueReading({
  hrefFor,
}: {
  hrefFor: (slug: string, section?: string) => string;
}) {
  const position = useAppStore((state) => state.lastPosition);
  const topic = position ? getTopicSummary(position.topic) : undefined;
  if (!position || !topic) return null;
  return (
    <section aria-labelledby="continue-title" className="continue card">
      <h2 id="continue-title" className="continue__title">
        Continue where you left off
      </h2>
      <p className="continue__topic">{topic.title}</p>
      <Link
        className="button button--primary"
        to={hrefFor(topic.slug, position.section)}
        aria-label={`Continue reading ${topic.title}`}
      >
        Continue
      </Link>
    </section>
  );
}
