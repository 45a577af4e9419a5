/**
 * Layout of the check-up's horizontal bar chart (up to nine areas, scores 0 to 100), as plain
 * numbers so it can be tested without a browser.
 *
 * Horizontal positions are percentages of the chart's width and vertical ones are ems of its
 * font size. The SVG therefore has no viewBox to scale its text: at 320 px the labels stay as
 * large as the page's own text instead of shrinking with the drawing, and a larger text setting
 * makes the rows taller instead of making the words overlap. Two layouts are computed: labels
 * to the left of the bars where there is room, and labels above the bars on a phone.
 */

export type ChartLayout = 'wide' | 'narrow';

export type ChartRow = { label: string; score?: number; previous?: number };

export type TextAnchor = 'start' | 'middle' | 'end';

/** `x` in percent of the chart's width; `dx` in ems added to it (text only); y values in ems. */
export type RowGeometry = {
  label: { x: number; dx: number; anchor: TextAnchor; lines: { text: string; y: number }[] };
  /** Absent for an area with no score: no bar at all, never a bar of zero length. */
  bar?: { x: number; width: number; y: number; height: number };
  /** The score at the end of the bar, or "not scored". */
  value: { x: number; dx: number; y: number; text: string; scored: boolean };
  /** A thin mark where the previous check-up's score was, as tall as `band`. */
  previous?: { x: number; y1: number; y2: number };
  /** The strip the bar lives in, a little taller than the bar. */
  band: { y1: number; y2: number };
};

export type ChartGeometry = {
  layout: ChartLayout;
  /** Total height in ems, axis included. */
  height: number;
  plot: { x: number; width: number };
  rows: RowGeometry[];
  /** One segment spanning every row (wide), or one behind each row's bar (narrow, where the
   *  labels sit between the bars and a full-height line would run through them). */
  gridlines: { value: number; x: number; segments: { y1: number; y2: number }[] }[];
  ticks: { value: number; x: number; y: number; anchor: TextAnchor }[];
};

export const SCALE_TICKS = [0, 25, 50, 75, 100] as const;

export const NOT_SCORED_TEXT = 'not scored';

type LayoutSpec = {
  /** Percent: where the bars start and where 100 ends; the rest on the right holds the numbers. */
  plotStart: number;
  plotEnd: number;
  /** Characters per label line: an estimate, since nothing can be measured on the server. */
  wrapAt: number;
  labelsAbove: boolean;
};

// wide: from 34rem up (the component's container query), 36% of the width is at least ~196 px,
// room for 26 characters of 14 px text. narrow: down to 288 px of content at 320 px wide, where
// 36 characters fill ~250 px and the 14% kept right of the scale still holds "100".
const LAYOUTS: Record<ChartLayout, LayoutSpec> = {
  wide: { plotStart: 38, plotEnd: 90, wrapAt: 26, labelsAbove: false },
  narrow: { plotStart: 0, plotEnd: 86, wrapAt: 36, labelsAbove: true },
};

const LABEL_GAP = 2; // percent between a left label's end and the bars
const MAX_LABEL_LINES = 2;
const LINE_HEIGHT = 1.25;
const BAR_HEIGHT = 1.4;
const ROW_GAP = 0.9;
const LABEL_TO_BAR = 0.4; // narrow: between a label and its bar
const MARK_OVERHANG = 0.25; // how far the previous mark reaches above and below its bar
const TEXT_DX = 0.4;
// From the middle of a line to its baseline, for text set in the middle of a line or bar.
const BASELINE_OFFSET = 0.35;
const AXIS_BASELINE = 1.15;
const AXIS_HEIGHT = 1.6;
// How many points of the scale a score's number and "not scored" take up, at the narrowest
// width of either layout (544 px wide, 288 px narrow): a previous mark closer than this after
// the bar's end would be written over.
const NUMBER_CLEARANCE = 14;
const NOT_SCORED_CLEARANCE = 30;

// Short attribute values in the markup, and no 0.30000000000000004 in a test's expectations.
const round = (n: number): number => Math.round(n * 1000) / 1000;

const clampScore = (score: number | undefined): number | undefined =>
  score === undefined || !Number.isFinite(score) ? undefined : Math.min(100, Math.max(0, score));

/**
 * Greedy word wrap into at most `maxLines` lines of about `maxChars` characters. Text that does
 * not fit ends in "…" (the table beside the chart always has the whole label).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(2, Math.floor(maxChars));
  const cut = (line: string) =>
    line.length > width ? `${line.slice(0, width - 1).trimEnd()}…` : line;
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  const limit = Math.max(1, Math.floor(maxLines));
  if (lines.length <= limit) return lines.map(cut);
  const kept = lines.slice(0, limit);
  const lastKept = kept[limit - 1] ?? '';
  kept[limit - 1] =
    `${(lastKept.length < width ? lastKept : lastKept.slice(0, width - 1)).trimEnd()}…`;
  return kept.map(cut);
}

export function chartGeometry(rows: readonly ChartRow[], layout: ChartLayout): ChartGeometry {
  const spec = LAYOUTS[layout];
  const plotWidth = spec.plotEnd - spec.plotStart;
  const xOf = (score: number) => round(spec.plotStart + (score / 100) * plotWidth);
  const wrapped = rows.map((row) => wrapLabel(row.label, spec.wrapAt, MAX_LABEL_LINES));

  // Wide rows share one height, so the bars sit evenly even when one label takes two lines.
  const maxLines = Math.max(1, ...wrapped.map((lines) => lines.length));
  const wideRowHeight = Math.max(maxLines * LINE_HEIGHT, BAR_HEIGHT) + ROW_GAP;

  let top = 0;
  const geometries = rows.map((row, index): RowGeometry => {
    const lines = wrapped[index] ?? [];
    const lineCount = Math.max(1, lines.length);
    let barY: number;
    let labelTop: number;
    if (spec.labelsAbove) {
      labelTop = top;
      barY = top + lineCount * LINE_HEIGHT + LABEL_TO_BAR;
      top = barY + BAR_HEIGHT + ROW_GAP;
    } else {
      const middle = top + wideRowHeight / 2;
      labelTop = middle - (lineCount * LINE_HEIGHT) / 2;
      barY = middle - BAR_HEIGHT / 2;
      top += wideRowHeight;
    }
    const barMiddle = barY + BAR_HEIGHT / 2;
    const band = { y1: round(barY - MARK_OVERHANG), y2: round(barY + BAR_HEIGHT + MARK_OVERHANG) };
    const score = clampScore(row.score);
    const previous = clampScore(row.previous);
    const previousX = previous === undefined ? undefined : xOf(previous);

    // The number (or "not scored") starts at the end of the bar, unless the previous mark falls
    // where it would be written: then it starts after the mark.
    const clearance = score === undefined ? NOT_SCORED_CLEARANCE : NUMBER_CLEARANCE;
    const from = score ?? 0;
    const valueX =
      previous !== undefined &&
      previousX !== undefined &&
      previous >= from &&
      previous - from < clearance
        ? previousX
        : xOf(from);

    return {
      label: {
        x: spec.labelsAbove ? 0 : spec.plotStart - LABEL_GAP,
        dx: 0,
        anchor: spec.labelsAbove ? 'start' : 'end',
        lines: lines.map((text, line) => ({
          text,
          y: round(labelTop + (line + 0.5) * LINE_HEIGHT + BASELINE_OFFSET),
        })),
      },
      ...(score === undefined
        ? {}
        : {
            bar: {
              x: spec.plotStart,
              width: round((score / 100) * plotWidth),
              y: round(barY),
              height: BAR_HEIGHT,
            },
          }),
      value: {
        x: valueX,
        dx: TEXT_DX,
        y: round(barMiddle + BASELINE_OFFSET),
        text: score === undefined ? NOT_SCORED_TEXT : String(Math.round(score)),
        scored: score !== undefined,
      },
      ...(previousX === undefined
        ? {}
        : {
            previous: { x: previousX, ...band },
          }),
      band,
    };
  });

  const rowsBottom = round(top);
  const gridlines = SCALE_TICKS.map((value) => ({
    value,
    x: xOf(value),
    segments: spec.labelsAbove ? geometries.map((row) => row.band) : [{ y1: 0, y2: rowsBottom }],
  }));

  return {
    layout,
    height: round(rowsBottom + AXIS_HEIGHT),
    plot: { x: spec.plotStart, width: plotWidth },
    rows: geometries,
    gridlines,
    ticks: SCALE_TICKS.map((value) => {
      const x = xOf(value);
      // The 0 of the narrow layout sits on the chart's left edge: centred, half of it would be cut.
      return { value, x, y: round(rowsBottom + AXIS_BASELINE), anchor: x < 2 ? 'start' : 'middle' };
    }),
  };
}
