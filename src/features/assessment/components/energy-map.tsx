import { type ReactNode, useId } from 'react';
import type { Feeling } from '@/store/format/schema';
import type { EnergyGroup } from '../lib/energy-map';

const feelingWords: Record<Feeling, string> = {
  energising: 'Energising',
  neutral: 'Neutral',
  draining: 'Draining',
};

/** "2 energising, 0 neutral, 1 draining, 1 not rated yet": in words, never by colour alone. */
const countsInWords = (group: EnergyGroup) =>
  [
    `${group.energising} energising`,
    `${group.neutral} neutral`,
    `${group.draining} draining`,
    ...(group.unrated > 0 ? [`${group.unrated} not rated yet`] : []),
  ].join(', ');

/**
 * The experiments the reader tried, by area: how many felt energising, neutral or draining, and
 * the reader's line of why for each. Plain data in, so the route decides where it comes from;
 * the reader's words are rendered as text.
 */
export function EnergyMap({
  groups,
  summary,
  titleOf,
  emptyAction,
}: {
  groups: readonly EnergyGroup[];
  summary: string;
  titleOf: (topic: string) => string;
  /** Shown under the empty state, e.g. a link to the first topic's experiments. */
  emptyAction?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="energy-map" aria-labelledby={headingId}>
      <h2 id={headingId}>Energy map</h2>
      {groups.length === 0 ? (
        <>
          <p>
            No experiments tried yet. Each topic ends with a few small experiments to try this week.
            When you have tried one, tick “I tried this” on its topic page and say how it felt
            (energising, neutral or draining) with a line of why. They gather here by area: your own
            evidence of which parts of leading give you energy and which take it.
          </p>
          {emptyAction}
        </>
      ) : (
        <>
          <p className="energy-map__summary">{summary}</p>
          <div className="energy-map__areas">
            {groups.map((group) => (
              <div key={group.topic} className="card energy-map__area">
                <h3>{titleOf(group.topic)}</h3>
                <p className="energy-map__counts">{countsInWords(group)}</p>
                <ul className="energy-map__entries">
                  {group.entries.map((entry) => (
                    <li key={entry.id}>
                      <strong>{entry.title}</strong>{' '}
                      {entry.feeling ? (
                        <span className={`feeling feeling--${entry.feeling}`}>
                          {feelingWords[entry.feeling]}
                        </span>
                      ) : (
                        <span className="feeling feeling--neutral">Not rated yet</span>
                      )}
                      {entry.why && <span className="energy-map__why"> {entry.why}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
