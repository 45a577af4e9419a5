import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { StageWithTopics } from '@/content/catalog';
import type { TopicSummary } from '@/content/topic';

/**
 * The journey as nested ordered lists: stages in order, each with its topics as links. Real
 * lists and links, so a screen reader announces "list, 4 items" and the keyboard walks it in
 * order; the path styling is CSS on top.
 */
export function JourneyMap({
  stages,
  hrefFor,
  renderStageProgress,
  renderTopicStatus,
}: {
  stages: StageWithTopics[];
  hrefFor: (slug: string) => string;
  renderStageProgress?: (stage: StageWithTopics) => ReactNode;
  renderTopicStatus?: (topic: TopicSummary) => ReactNode;
}) {
  return (
    <ol className="journey">
      {stages.map((stage) => (
        <li key={stage.id} className="journey__stage">
          <section aria-labelledby={`stage-${stage.id}`}>
            <h3 id={`stage-${stage.id}`} className="journey__stage-title">
              <span className="journey__stage-number">Stage {stage.number}</span> {stage.title}
            </h3>
            <p className="journey__stage-blurb muted">{stage.blurb}</p>
            {renderStageProgress?.(stage)}
            <ol className="journey__topics">
              {stage.topics.map((topic) => (
                <li key={topic.slug} className="journey__topic">
                  <Link to={hrefFor(topic.slug)} className="journey__topic-link">
                    {topic.title}
                  </Link>
                  <p className="journey__topic-summary">{topic.summary}</p>
                  <p className="journey__topic-meta muted">
                    {topic.readingMinutes} min read
                    {renderTopicStatus?.(topic)}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </li>
      ))}
    </ol>
  );
}
