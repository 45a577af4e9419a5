import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '@/app/paths';
import { getTopicSummary, listStages } from '@/content/catalog';
import { journeyOrder } from '@/content/stages';
import { JourneyMap } from '@/features/journey/components/journey-map';
import { ProfileChoice } from '@/features/journey/components/profile-choice';
import { ProgressSummary, StatusBadge } from '@/features/progress/components/progress-summary';
import { selectContinueTopic } from '@/features/progress/selectors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useHydrated } from '@/lib/use-hydrated';
import { useAppStore } from '@/store/app-store';

// Only a reader who has started sees "Continue reading", so a new reader's first view does not
// carry it (the first view of / has a size budget: scripts/size.ts).
// The start of a chosen profile's path: its code and the four paths load once a reader chooses.
const StartHere = lazy(() => import('@/features/journey/components/start-here'));

const ContinueReading = lazy(() =>
  import('@/features/progress/components/continue-reading').then((module) => ({
    default: module.ContinueReading,
  })),
);

/**
 * The space "Continue reading" takes, kept for it until it renders. The prerendered page has no
 * reader, but public/first-paint.js marks <html data-continue> before first paint when there is a
 * place to go back to, and then this invisible copy of the card holds its height: the card
 * arrives without moving the page (styles: .continue-placeholder).
 */
const continuePlaceholder = (
  <div className="continue card continue-placeholder" aria-hidden="true">
    <div className="continue__title">Continue where you left off</div>
    <span className="button">
      <span className="continue__label">Continue reading</span>
    </span>
  </div>
);

const stages = listStages();
const hrefFor = (slug: string) => paths.topic.href(slug);
const titleOf = (slug: string) => getTopicSummary(slug)?.title;

export function HomePage() {
  useDocumentTitle();
  // Once a reader has started, "Continue reading" is the one primary action.
  const started = useAppStore(selectContinueTopic) !== undefined;
  const chosen = useAppStore((state) => state.preferences.profile) !== undefined;
  const hydrated = useHydrated();
  const startButton = (
    <Link
      className={started ? 'button' : 'button button--primary'}
      to={hrefFor(journeyOrder[0] ?? '')}
    >
      Start with topic 1
    </Link>
  );
  const startHere = (kind: 'line' | 'button' | 'mark', topic?: string) => (
    <Suspense fallback={kind === 'button' ? startButton : null}>
      <StartHere kind={kind} topic={topic} primary={!started} hrefFor={hrefFor} titleOf={titleOf} />
    </Suspense>
  );
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
          and come back when you are ready.
        </p>
        <div className="continue-slot">
          {started ? (
            <Suspense fallback={continuePlaceholder}>
              <ContinueReading hrefFor={paths.topic.href} />
            </Suspense>
          ) : hydrated ? null : (
            continuePlaceholder
          )}
        </div>
        <p className="actions">
          {chosen ? startHere('button') : startButton}
          <a className="button" href="#journey">
            See the whole journey
          </a>
        </p>
      </section>

      <ProfileChoice startHere={startHere('line')} />

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
          renderTopicStatus={(topic) => (
            <>
              <StatusBadge topic={topic.slug} />
              {chosen && startHere('mark', topic.slug)}
            </>
          )}
        />
      </section>
    </div>
  );
}
