import { type CSSProperties, useId } from 'react';
import { changeBetween, changeWords } from '../lib/change';
import { type ChartGeometry, chartGeometry } from '../lib/chart-geometry';

export type AreaChartRow = { area: string; label: string; score?: number; previous?: number };

export type AreaChartProps = {
  rows: readonly AreaChartRow[];
  title: string;
  /** A line under the title, e.g. the dates compared. */
  caption?: string;
  /** What the thin mark stands for, in the chart's key; "previous check-up" unless given. */
  previousLabel?: string;
};

const pct = (n: number) => `${n}%`;
const em = (n: number) => `${n}em`;
const scoreText = (score: number | undefined) =>
  score === undefined || !Number.isFinite(score) ? 'Not scored' : String(Math.round(score));
const sentenceCase = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * The check-up's scores as horizontal bars, then the same figures as a table. The table is the
 * text alternative: the SVG is one image to assistive technology, named in a sentence that
 * points to it. Previous and Change columns appear only when some area has an earlier score.
 */
export function AreaChart({
  rows,
  title,
  caption,
  previousLabel = 'previous check-up',
}: AreaChartProps) {
  const titleId = useId();
  const wide = chartGeometry(rows, 'wide');
  const narrow = chartGeometry(rows, 'narrow');
  const keys = rows.map((row) => row.area);
  const compared = rows.some((row) => row.previous !== undefined);
  const changes = new Map(
    changeBetween(
      rows.map((row) => ({ area: row.area, score: row.previous })),
      rows.map((row) => ({ area: row.area, score: row.score })),
    ).map((change) => [change.area, change]),
  );
  // The SVG has no viewBox (see lib/chart-geometry.ts), so its height comes from the layout in
  // use: the stylesheet picks one of these by the figure's width.
  const heights = {
    '--area-chart-wide-height': em(wide.height),
    '--area-chart-narrow-height': em(narrow.height),
  } as CSSProperties;

  return (
    <figure className="area-chart" aria-labelledby={titleId}>
      <figcaption className="area-chart__caption">
        <span id={titleId} className="area-chart__title">
          {title}
        </span>
        {caption ? <span className="area-chart__note">{caption}</span> : null}
      </figcaption>
      <svg
        className="area-chart__svg"
        role="img"
        aria-label={`Bar chart: ${title}, scores out of 100 by area. The table below lists the same figures.`}
        width="100%"
        height={em(wide.height)}
        style={heights}
      >
        <ChartLayer geometry={wide} keys={keys} />
        <ChartLayer geometry={narrow} keys={keys} />
      </svg>
      {compared ? (
        <p className="area-chart__key" aria-hidden="true">
          <span className="area-chart__key-mark" />
          {previousLabel}
        </p>
      ) : null}
      <table className="area-chart__table">
        <caption>{title}: scores out of 100</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col" className="area-chart__number">
              Score
            </th>
            {compared ? (
              <>
                <th scope="col" className="area-chart__number">
                  Previous
                </th>
                <th scope="col">Change</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const change = changes.get(row.area);
            return (
              <tr key={row.area}>
                <th scope="row">{row.label}</th>
                <td className="area-chart__number">{scoreText(row.score)}</td>
                {compared ? (
                  <>
                    <td className="area-chart__number">{scoreText(row.previous)}</td>
                    <td>{change ? sentenceCase(changeWords(change)) : ''}</td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}

function ChartLayer({ geometry, keys }: { geometry: ChartGeometry; keys: readonly string[] }) {
  return (
    // The SVG is one image named by its aria-label; its words are hidden so that assistive
    // technology reads the table instead of 60 loose numbers and labels.
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> never takes focus; Biome counts every element it does not know as focusable
    <g aria-hidden="true" className={`area-chart__layer area-chart__layer--${geometry.layout}`}>
      <g className="area-chart__grid">
        {geometry.gridlines.flatMap((line) =>
          line.segments.map((segment) => (
            <line
              key={`${line.value}-${segment.y1}`}
              x1={pct(line.x)}
              x2={pct(line.x)}
              y1={em(segment.y1)}
              y2={em(segment.y2)}
            />
          )),
        )}
      </g>
      {geometry.rows.map((row, index) => (
        <g key={keys[index] ?? index}>
          {row.label.lines.map((line) => (
            <text
              key={line.y}
              className="area-chart__label"
              x={pct(row.label.x)}
              y={em(line.y)}
              textAnchor={row.label.anchor}
            >
              {line.text}
            </text>
          ))}
          {row.bar ? (
            <rect
              className="area-chart__bar"
              x={pct(row.bar.x)}
              y={em(row.bar.y)}
              width={pct(row.bar.width)}
              height={em(row.bar.height)}
            />
          ) : null}
          {row.previous ? (
            <>
              <line
                className="area-chart__previous-halo"
                x1={pct(row.previous.x)}
                x2={pct(row.previous.x)}
                y1={em(row.previous.y1)}
                y2={em(row.previous.y2)}
              />
              <line
                className="area-chart__previous"
                x1={pct(row.previous.x)}
                x2={pct(row.previous.x)}
                y1={em(row.previous.y1)}
                y2={em(row.previous.y2)}
              />
            </>
          ) : null}
          <text
            className={
              row.value.scored ? 'area-chart__value' : 'area-chart__value area-chart__value--none'
            }
            x={pct(row.value.x)}
            dx={em(row.value.dx)}
            y={em(row.value.y)}
          >
            {row.value.text}
          </text>
        </g>
      ))}
      {geometry.ticks.map((tick) => (
        <text
          key={tick.value}
          className="area-chart__tick"
          x={pct(tick.x)}
          y={em(tick.y)}
          textAnchor={tick.anchor}
        >
          {tick.value}
        </text>
      ))}
    </g>
  );
}
