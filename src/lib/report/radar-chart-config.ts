/**
 * The Chart.js configuration of the report's radar chart (the organisation
 * against the peer median, 0-100 on six axes), built from plain data so that
 * it can cross to the worker that draws it (functions cannot be posted).
 */
import type { ChartConfiguration } from 'chart.js';

export type TRadarSeries = {
  label: string;
  data: (number | null)[];
  color: string;
  dashed?: boolean;
};

export type TRadarChartInput = {
  labels: string[];
  series: TRadarSeries[];
  /** The page's device pixel ratio: a worker has no window to read it from. */
  devicePixelRatio: number;
  /** How wide the chart is shown, in CSS pixels (its drawing is CANVAS_WIDTH wide, then scaled). */
  displayWidth?: number;
};

/** The width the radar is drawn at; the page scales the drawing to the space it has. */
export const CANVAS_WIDTH = 480;
/** The smallest size, in CSS pixels, at which the axis labels and ticks are read. */
const LABEL_SIZE = 13;
const TICK_SIZE = 11;

/** A font size in canvas pixels that shows at least `size` CSS pixels once the drawing is scaled down. */
export function canvasFontSize(size: number, displayWidth = CANVAS_WIDTH): number {
  const scale = CANVAS_WIDTH / Math.max(1, Math.min(displayWidth, CANVAS_WIDTH));
  return Math.round(size * scale * 10) / 10;
}

/** Axis labels wider than this (see `textUnits`) wrap onto several lines (Chart.js draws an array as lines). */
const LABEL_WIDTH = 16;

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
export function wrapLabel(text: string, width = LABEL_WIDTH): string[] {
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

/** A static radar (no animation, no events, no resizing): it is drawn once, off the main thread. */
export function radarChartConfig(
  input: TRadarChartInput,
): ChartConfiguration<'radar', (number | null)[], string[]> {
  return {
    type: 'radar',
    data: {
      labels: input.labels.map((label) => wrapLabel(label)),
      datasets: input.series.map((s) => ({
        label: s.label,
        data: s.data,
        borderColor: s.color,
        backgroundColor: `${s.color}22`,
        pointBackgroundColor: s.color,
        borderDash: s.dashed ? [6, 4] : [],
        fill: !s.dashed,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      responsive: false,
      events: [],
      devicePixelRatio: input.devicePixelRatio,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: {
            stepSize: 20,
            color: '#4a5360',
            backdropColor: 'rgba(255,255,255,0.8)',
            font: { size: canvasFontSize(TICK_SIZE, input.displayWidth) },
          },
          pointLabels: {
            color: '#1b1f24',
            font: { size: canvasFontSize(LABEL_SIZE, input.displayWidth) },
          },
          grid: { color: '#d5dae0' },
          angleLines: { color: '#d5dae0' },
        },
      },
    },
  };
}
