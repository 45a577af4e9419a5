import { useMemo, useRef, useState } from 'react';
import { Link, useLoaderData } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { paths } from '@/app/paths';
import { ReaderData } from '@/components/ui/reader-data';
import { getTopicSummary, loadOutlines } from '@/content/catalog';
import { AREAS, loadCheckup } from '@/content/checkup';
import { readerProfiles } from '@/content/profiles';
import { CheckupForm } from '@/features/assessment/components/checkup-form';
import { CheckupHistory } from '@/features/assessment/components/checkup-history';
import { CheckupResults } from '@/features/assessment/components/checkup-results';
import { resultLabels } from '@/features/assessment/lib/result-labels';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAppStore } from '@/store/app-store';
import { entryOf } from '@/store/format/record-map';
import type { AssessmentAnswer } from '@/store/format/schema';
import {
  liveAssessments,
  withAssessmentDeleted,
  withAssessmentRestored,
  withAssessmentSaved,
} from '@/store/slices/checkup-records';
import { BriefSection } from './assessment-brief';
import { EnergySection } from './assessment-energy';

export async function loader() {
  const [checkup, outlines] = await Promise.all([loadCheckup(), loadOutlines()]);
  return { checkup, outlines };
}

/** The page's data is content: store changes re-render it without a reload. */
export const shouldRevalidate = () => false;

const titleOf = (slug: string) => getTopicSummary(slug)?.title ?? slug;

export function AssessmentPage() {
  const data = useLoaderData<typeof loader>();
  useDocumentTitle('Check-up');
  return (
    <div className="page assessment">
      <h1>Debug your leadership</h1>
      <p className="lede">
        A short check-up of the three fears and the six practice areas, a map of which parts of the
        work energise or drain you, and a one-page brief to take into a 1:1.
      </p>
      <p className="muted">
        This is a reflection aid, not a validated psychometric test. The scores describe how you
        answered today, area by area; there is no single score for whether you are ready, and
        nothing here decides for you. Everything stays in this browser.
      </p>
      <ReaderData needsJavaScript="The check-up needs JavaScript, which is off in this browser: it keeps your answers on this device.">
        <Checkup {...data} />
      </ReaderData>
    </div>
  );
}

/** The form, results, history, energy map and brief: all of them the reader's own records. */
function Checkup({ checkup, outlines }: Awaited<ReturnType<typeof loader>>) {
  const assessments = useAppStore((state) => state.assessments);
  const results = useMemo(() => liveAssessments({ assessments }), [assessments]);
  const labels = useMemo(() => resultLabels(results), [results]);
  const { profile, progress } = useAppStore(
    useShallow((state) => ({ profile: state.preferences.profile, progress: state.progress })),
  );
  const updateRecords = useAppStore((state) => state.updateRecords);
  const [retaking, setRetaking] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const areas = useMemo(
    () =>
      AREAS.map((slug) => ({
        slug,
        title: titleOf(slug),
        items: checkup.items.filter((item) => item.topic === slug),
      })),
    [checkup],
  );
  const sectionTitleOf = (slug: string, section: string) =>
    outlines.find((outline) => outline.slug === slug)?.sections.find((s) => s.id === section)
      ?.title;
  const latest = results.at(-1);
  const previous = results.at(-2);
  // A check-up under way stays on screen even if one finished in another tab arrives meanwhile.
  const [started, setStarted] = useState(false);
  const showForm = retaking || started || !latest;
  // Once shown, the history stays while the page is open, so deleting the only check-up still
  // leaves its Undo on screen.
  const [everTaken, setEverTaken] = useState(false);
  if (results.length > 0 && !everTaken) setEverTaken(true);

  const complete = (answers: Record<string, AssessmentAnswer>) => {
    updateRecords((state, now) => withAssessmentSaved(state, answers, profile, now));
    setRetaking(false);
    setStarted(false);
    // The results replace the form: the reader lands on their heading.
    requestAnimationFrame(() => resultsHeading.current?.focus());
  };

  return (
    <>
      {profile && (
        <p>
          Reading as: {readerProfiles.find((entry) => entry.id === profile)?.label}.{' '}
          <Link to={paths.home.href()}>Change on the home page</Link>
        </p>
      )}

      {showForm ? (
        <>
          <CheckupForm
            areas={areas}
            onComplete={complete}
            onStarted={() => setStarted(true)}
            focusOnMount={retaking}
          />
          {latest && (retaking || started) && (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setRetaking(false);
                  setStarted(false);
                }}
              >
                Keep my last results instead
              </button>
            </p>
          )}
        </>
      ) : (
        latest && (
          <>
            <CheckupResults
              ref={resultsHeading}
              result={latest}
              label={labels.get(latest.id) ?? ''}
              previous={
                previous ? { result: previous, label: labels.get(previous.id) ?? '' } : undefined
              }
              profile={profile}
              statusOf={(slug) => entryOf(progress, slug)?.status}
              items={checkup.items}
              titleOf={titleOf}
              sectionTitleOf={sectionTitleOf}
              hrefFor={paths.topic.href}
            />
            <p>
              <button type="button" className="button" onClick={() => setRetaking(true)}>
                Take the check-up again
              </button>
            </p>
          </>
        )
      )}

      {(results.length > 0 || everTaken) && (
        <CheckupHistory
          results={results}
          labels={labels}
          items={checkup.items}
          titleOf={titleOf}
          onDelete={(result) =>
            updateRecords((state, now) => withAssessmentDeleted(state, result.id, now))
          }
          onUndo={(result) =>
            updateRecords((state, now) => withAssessmentRestored(state, result, now))
          }
        />
      )}

      <EnergySection outlines={outlines} titleOf={titleOf} />
      <BriefSection
        outlines={outlines}
        results={results}
        questions={checkup.questions}
        items={checkup.items}
        titleOf={titleOf}
        profile={profile}
      />
    </>
  );
}

export { AssessmentPage as Component };
