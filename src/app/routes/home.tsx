import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '@/app/paths';
import { getTopicSummary, listStages } from '@/content/catalog';
import { journeyOrder } from '@/content/stages';
import { JourneyMap } from '@/features/journey/components/journey-map';
import { ProgressSummary, StatusBadge } from '@/features/progress/components/progress-summary';
import { selectContinueTopic } from '@/features/progress/selectors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAppStore } from '@/store/app-store';

// Only a reader who has started sees "Continue reading", so a new reader's first view does not
// carry it (the first view of / has a size budget: scripts/size.ts).
const ContinueReading = lazy(() =>
  import('@/features/progress/components/continue-reading').then((module) => ({
    default: module.ContinueReading,
  })),
);

const stages = listStages();
const hrefFor = (slug: string) => paths.topic.href(slug);

const readers = [
  {
    who: 'On the fence',
    start: 'is-leadership-for-me',
    what: 'You are a strong individual contributor wondering whether leading is for you. Start with the decision and the three fears, and test the idea with small experiments before you leap.',
  },
  {
    who: 'New to managing',
    start: 'fear-people-challenges',
    what: 'You have taken the leap and the first months are disorienting. Start with the people side, then the core practices; turn each reflection into a plan.',
  },
  {
    who: 'Leading already',
    start: 'culture-and-team-composition',
    what: 'You want to sharpen your technical leadership. Skim, bookmark what matters, and keep notes against specific prompts.',
  },
  {
    who: 'Leading without the title',
    start: 'influence-without-title',
    what: 'You want more influence where you are. Read the influence topic and the practice areas.',
  },
];

export function HomePage() {
  useDocumentTitle();
  // Once a reader has started, "Continue reading" is the one primary action.
  const started = useAppStore(selectContinueTopic) !== undefined;
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Debugging Leadership</h1>
        <p className="hero__lede">
          A self-paced guide for engineers deciding whether to move from individual contributor to
          technical leader or manager, and for leaders who want to get better at it.
        </p>
        <p>
          Twelve short topics in four stages, from “is this for me?” to leading without a title.
          Read at your own pace, write answers to the reflections, try small experiments at work,
          and come back when you are ready. Everything you write stays in this browser.
        </p>
        {started && (
          <Suspense fallback={null}>
            <ContinueReading hrefFor={paths.topic.href} />
          </Suspense>
        )}
        <p className="actions">
          <Link
            className={started ? 'button' : 'button button--primary'}
            to={hrefFor(journeyOrder[0] ?? '')}
          >
            Start with topic 1
          </Link>
          <a className="button" href="#journey">
            See the whole journey
          </a>
        </p>
      </section>

      <section
        aria-labelledby="journey-title"
        id="journey"
        tabIndex={-1}
        className="journey-section"
      >
        <h2 id="journey-title">The journey</h2>
        <p className="muted">
          Four stages, twelve topics. Read them in order, or start wherever you are.
        </p>
        <ProgressSummary topics={journeyOrder} />
        <JourneyMap
          stages={stages}
          hrefFor={hrefFor}
          renderStageProgress={(stage) => (
            <ProgressSummary
              topics={stage.topics.map((topic) => topic.slug)}
              label={`Stage ${stage.number}`}
            />
          )}
          renderTopicStatus={(topic) => <StatusBadge topic={topic.slug} />}
        />
      </section>

      <section aria-labelledby="home-readers" className="readers">
        <h2 id="home-readers">Who it is for</h2>
        <ul className="reader-cards">
          {readers.map((reader) => (
            <li key={reader.who} className="card">
              <h3>{reader.who}</h3>
              <p>{reader.what}</p>
              <Link to={hrefFor(reader.start)}>
                Start with {getTopicSummary(reader.start)?.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
