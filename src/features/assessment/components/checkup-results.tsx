import { forwardRef } from 'react';
import { Link } from 'react-router';
import type { CheckupItem } from '@/content/checkup-schema';
import type { TopicStatus } from '@/content/profile-paths';
import type { ReaderProfile } from '@/content/profiles';
import type { TopicSlug } from '@/content/stages';
import type { AssessmentResult } from '@/store/format/schema';
import { readingOrder } from '../lib/reading-order';
import { type AreaScore, needsAttention, scoreAreas, statementIndexOf } from '../lib/score';
import { AreaChart } from './area-chart';

export type ResultsCatalog = {
  items: readonly CheckupItem[];
  titleOf: (slug: string) => string;
  sectionTitleOf: (slug: string, section: string) => string | undefined;
  hrefFor: (slug: string, section?: string) => string;
};

/** The area's item the reader placed lowest: its section is where reading helps most. */
const weakestSection = (
  area: string,
  items: readonly CheckupItem[],
  result: AssessmentResult,
): string | undefined => {
  let weakest: { section: string; level: number } | undefined;
  for (const item of items) {
    if (item.topic !== area) continue;
    const level = result.answers[item.id]?.level;
    if (level === null || level === undefined) continue;
    if (!weakest || level < weakest.level) weakest = { section: item.section, level };
  }
  return weakest?.section;
};

export const chartRows = (
  scores: readonly AreaScore[],
  previous: readonly AreaScore[] | undefined,
  titleOf: (slug: string) => string,
) =>
  scores.map((row) => ({
    area: row.area,
    label: titleOf(row.area),
    score: row.score,
    previous: previous?.find((earlier) => earlier.area === row.area)?.score,
  }));

type Props = ResultsCatalog & {
  result: AssessmentResult;
  label: string;
  previous?: { result: AssessmentResult; label: string };
  profile?: ReaderProfile;
  statusOf: (slug: TopicSlug) => TopicStatus | undefined;
};

/**
 * One check-up's results: the nine areas as a chart and a table (with the change since the one
 * before, if any), the areas that most need attention, and a reading order with a reason each.
 */
export const CheckupResults = forwardRef<HTMLHeadingElement, Props>(function CheckupResults(
  { result, label, previous, profile, statusOf, items, titleOf, sectionTitleOf, hrefFor },
  headingRef,
) {
  const scores = scoreAreas(items, result.answers);
  const before = previous ? scoreAreas(items, previous.result.answers) : undefined;
  const attention = needsAttention(scores);
  const order = readingOrder(scores, profile, statusOf);
  return (
    <section aria-labelledby="results-title" className="checkup-results">
      <h2 id="results-title" ref={headingRef} tabIndex={-1}>
        Your check-up of {label}
      </h2>
      <AreaChart
        rows={chartRows(scores, before, titleOf)}
        title="Check-up by area"
        caption={
          previous
            ? `Higher is stronger. The thin marks are your check-up of ${previous.label}.`
            : 'Higher is stronger. An area with no answer in this check-up has no score.'
        }
        previousLabel={previous ? `check-up of ${previous.label}` : undefined}
      />

      {attention.length > 0 && (
        <>
          <h3>Where attention would help most</h3>
          <ul className="checkup-results__attention">
            {attention.map((row) => {
              const section = weakestSection(row.area, items, result);
              const sectionTitle = section ? sectionTitleOf(row.area, section) : undefined;
              return (
                <li key={row.area}>
                  <Link to={hrefFor(row.area, section)}>
                    {titleOf(row.area)}
                    {sectionTitle ? `: ${sectionTitle}` : ''}
                  </Link>{' '}
                  <span className="muted">({row.score} of 100)</span>
                </li>
              );
            })}
          </ul>
        </>
      )}

      {order.length > 0 && (
        <>
          <h3>A reading order for you</h3>
          <ol className="checkup-results__order">
            {order.map((step) => (
              <li key={step.slug}>
                <Link to={hrefFor(step.slug)}>{titleOf(step.slug)}</Link>
                <span className="muted"> {step.reason}</span>
              </li>
            ))}
          </ol>
        </>
      )}

      <details className="checkup-results__answers">
        <summary>Your answers and evidence</summary>
        <dl>
          {items.flatMap((item) => {
            const answer = result.answers[item.id];
            if (!answer) return [];
            const chosen =
              answer.level === null
                ? 'Not applicable to me now'
                : item.statements[statementIndexOf(item, answer.level)];
            return [
              <div key={item.id} className="checkup-results__answer">
                <dt>
                  {titleOf(item.topic)}: {item.question}
                </dt>
                <dd>{chosen}</dd>
                {answer.evidence && <dd className="muted">Evidence: {answer.evidence}</dd>}
              </div>,
            ];
          })}
        </dl>
      </details>
    </section>
  );
});
