import { useMemo } from 'react';
import { data, Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { paths } from '@/app/paths';
import { NeedsJavaScript } from '@/components/ui/needs-javascript';
import { getTopicSummary, journeyPosition, listStages, loadTopic } from '@/content/catalog';
import type { TopicSummary } from '@/content/topic';
import { BookmarkButton } from '@/features/bookmarks/components/bookmark-button';
import { ExperimentTracker } from '@/features/experiments/components/experiment-tracker';
import { ConflictCopies } from '@/features/notes/components/conflict-copies';
import { NoteEditor } from '@/features/notes/components/note-editor';
import { TopicNotes } from '@/features/notes/components/topic-notes';
import { StatusControl } from '@/features/progress/components/status-control';
import { TopicEnd } from '@/features/progress/components/topic-end';
import { TopicStatus } from '@/features/progress/components/topic-status';
import { useReadingTracker } from '@/features/progress/use-reading-tracker';
import { BackToTop } from '@/features/reader/components/back-to-top';
import { JourneyNav, RelatedTopics } from '@/features/reader/components/journey-nav';
import { ReadingProgress } from '@/features/reader/components/reading-progress';
import { TableOfContents } from '@/features/reader/components/table-of-contents';
import { TopicBody } from '@/features/reader/components/topic-body';
import { TopicList } from '@/features/reader/components/topic-list';
import {
  Examples,
  Experiments,
  FearReframe,
  PageSources,
  Reflections,
  Takeaways,
} from '@/features/reader/components/topic-parts';
import { useGentleJumps } from '@/features/reader/use-gentle-jumps';
import { useDocumentTitle } from '@/lib/use-document-title';
import { answerId } from '@/store/slices/notes-slice';

export async function loader({ params }: LoaderFunctionArgs) {
  const topic = await loadTopic(params.slug ?? '');
  const position = journeyPosition(params.slug ?? '');
  if (!topic || !position) throw data('Topic not found', { status: 404 });
  return { topic, position };
}

const hrefFor = (slug: string) => paths.topic.href(slug);
const topicStages = listStages();
const renderTopicStatus = (slug: string) => <TopicStatus topic={slug} />;

export function TopicPage() {
  const { topic, position } = useLoaderData<typeof loader>();
  useDocumentTitle(topic.title);
  const sectionIds = useMemo(() => topic.sections.map((section) => section.id), [topic]);
  useReadingTracker(topic.slug, sectionIds);
  useGentleJumps();
  const answerIds = useMemo(
    () => topic.reflections.map((reflection) => answerId(topic.slug, reflection.id)),
    [topic],
  );
  const experimentIds = useMemo(() => topic.experiments.map((item) => item.id), [topic]);

  const related = topic.related.flatMap((slug): TopicSummary[] => {
    const summary = getTopicSummary(slug);
    return summary ? [summary] : [];
  });
  const tocEntries = [
    ...topic.sections,
    { id: 'key-takeaways', title: 'Key takeaways' },
    ...(topic.reframe ? [{ id: 'from-fear-to-strength', title: 'From fear to strength' }] : []),
    { id: 'reflections', title: 'Reflections' },
    { id: 'real-world-examples', title: 'Real-world examples' },
    { id: 'sources-for-this-page', title: 'Sources for this page' },
    { id: 'try-this-week', title: 'Try this week' },
    { id: 'your-notes', title: 'Your notes' },
  ];

  return (
    <article className="topic" aria-labelledby="topic-title">
      <header className="topic__header">
        <p className="topic__position">
          Stage {position.stageNumber} · {position.stageTitle} · Topic {position.topicNumber} of{' '}
          {position.topicCount}
        </p>
        <h1 id="topic-title">{topic.title}</h1>
        <p className="topic__summary">{topic.summary}</p>
        <div className="topic__tools">
          <p className="topic__meta muted">{topic.readingMinutes} min read</p>
          <BookmarkButton topic={topic.slug} what="this topic" />
        </div>
        <StatusControl topic={topic.slug} />
      </header>

      <div className="topic__layout">
        <aside className="topic__aside">
          <TopicList
            stages={topicStages}
            current={topic.slug}
            hrefFor={hrefFor}
            renderStatus={renderTopicStatus}
          />
          <TableOfContents entries={tocEntries} />
        </aside>
        <div className="topic__main">
          <TopicBody
            sections={topic.sections}
            renderHeadingAction={(section) => (
              <BookmarkButton
                topic={topic.slug}
                section={section.id}
                what={`section: ${section.title}`}
              />
            )}
          />
          <Takeaways items={topic.takeaways} />
          {topic.reframe && <FearReframe reframe={topic.reframe} />}
          <Reflections
            reflections={topic.reflections}
            note={
              <NeedsJavaScript>
                Writing answers needs JavaScript, which is off in this browser. The questions read
                without it.
              </NeedsJavaScript>
            }
            renderAnswer={(reflection) => (
              <>
                <NoteEditor
                  noteId={answerId(topic.slug, reflection.id)}
                  topic={topic.slug}
                  promptId={reflection.id}
                  inputId={`answer-${reflection.id}`}
                  label={reflection.prompt}
                  deleteLabel="Delete this answer"
                />
                <ConflictCopies
                  noteId={answerId(topic.slug, reflection.id)}
                  about={`your answer to “${reflection.prompt}”`}
                />
              </>
            )}
          />
          <Examples examples={topic.examples} />
          <PageSources sources={topic.sources} />
          <Experiments
            experiments={topic.experiments}
            note={
              <NeedsJavaScript>
                Keeping track of what you tried needs JavaScript, which is off in this browser.
              </NeedsJavaScript>
            }
            renderTracker={(experiment) => (
              <ExperimentTracker topic={topic.slug} experiment={experiment} />
            )}
            after={
              <p className="no-print">
                All you tried, on every topic:{' '}
                <Link to={paths.assessment.href('energy-map')}>your energy map</Link>.
              </p>
            }
          />
          <TopicNotes topic={topic.slug} />
          <RelatedTopics topics={related} hrefFor={hrefFor} />
          <TopicEnd topic={topic.slug} answerIds={answerIds} experimentIds={experimentIds} />
          <JourneyNav previous={position.previous} next={position.next} hrefFor={hrefFor} />
        </div>
      </div>
      <ReadingProgress />
      <BackToTop headingId="topic-title" />
    </article>
  );
}

export { TopicPage as Component };
