/**
 * Geometry of the report's radar chart in SVG coordinates: axes evenly spaced
 * clockwise from the top, values 0-100 from the centre out. Plain numbers and
 * strings, so the chart is a few SVG elements drawn with the rest of the page
 * (no canvas library and no separate drawing task).
 */

/** The value at the outer ring. */
export const RADAR_MAX = 100;

/** Values that get a grid ring and a tick label. */
export const RADAR_TICKS = [20, 40, 60, 80, 100] as const;

/** The drawing area: its size, the centre and the radius of the outer ring. */
export type TRadarFrame = { width: number; height: number; cx: number; cy: number; radius: number };

export type TPoint = { x: number; y: number };

/** How an axis label sits at its point: horizontal anchor and one baseline per line. */
export type TLabelLayout = { x: number; ys: number[]; anchor: 'start' | 'middle' | 'end' };

/** Coordinates to a tenth of a unit: enough for the eye, short in the markup. */
const round = (value: number): number => Math.round(value * 10) / 10;

/** Angle of axis `index` of `count`, in radians: the first points up, the rest follow clockwise. */
function angleOf(count: number, index: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** The point of `value` (clamped to 0-100) on axis `index` of `count`. */
export function pointOn(frame: TRadarFrame, count: number, index: number, value: number): TPoint {
  const share = Math.min(Math.max(value, 0), RADAR_MAX) / RADAR_MAX;
  const angle = angleOf(count, index);
  return {
    x: round(frame.cx + frame.radius * share * Math.cos(angle)),
    y: round(frame.cy + frame.radius * share * Math.sin(angle)),
  };
}

const toPoints = (points: readonly TPoint[]): string =>
  points.map(({ x, y }) => `${x},${y}`).join(' ');

/** SVG `points` of the grid ring at `value`. */
export function ringPoints(frame: TRadarFrame, count: number, value: number): string {
  return toPoints(Array.from({ length: count }, (_, index) => pointOn(frame, count, index, value)));
}

/**
 * The points of one series, one per axis with a value; axes without one are
 * skipped, so the outline joins their neighbours.
 */
export function seriesPoints(frame: TRadarFrame, values: readonly (number | null)[]): TPoint[] {
  return values.flatMap((value, index) =>
    value === null ? [] : [pointOn(frame, values.length, index, value)],
  );
}

/** SVG `points` of a series outline (see `seriesPoints`). */
export function seriesOutline(frame: TRadarFrame, values: readonly (number | null)[]): string {
  return toPoints(seriesPoints(frame, values));
}

/**
 * Where the label of axis `index` goes, `gap` beyond the outer ring: text on
 * the right half starts there, on the left half ends there, at the top and
 * bottom is centred; a label at the top grows upwards, at the bottom downwards,
 * elsewhere it is centred on the axis. `ys` holds the baseline of each line.
 */
export function labelLayout(
  frame: TRadarFrame,
  count: number,
  index: number,
  lines: number,
  lineHeight: number,
  gap: number,
): TLabelLayout {
  const angle = angleOf(count, index);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const x = round(frame.cx + (frame.radius + gap) * cos);
  const y = frame.cy + (frame.radius + gap) * sin;
  const anchor = Math.abs(cos) < 1e-6 ? 'middle' : cos > 0 ? 'start' : 'end';
  // Baselines sit about 0.35 line below the visual centre of a line.
  const first =
    sin < -0.99
      ? y - (lines - 1) * lineHeight
      : sin > 0.99
        ? y + 0.7 * lineHeight
        : y - ((lines - 1) / 2) * lineHeight + 0.35 * lineHeight;
  return {
    x,
    anchor,
    ys: Array.from({ length: lines }, (_, line) => round(first + line * lineHeight)),
  };
}

/** Wide characters (Hangul, CJK) take about twice the room of Latin ones. */
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** A rough width of `text` in Latin characters: wide characters count twice. */
export function textUnits(text: string): number {
  let units = 0;
  for (const character of text) units += WIDE.test(character) ? 2 : 1;
  return units;
}

/**
 * `text` broken at spaces into lines at most `width` wide (see `textUnits`);
 * a longer word keeps a line of its own.
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textUnits(`${last} ${word}`) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
