/** Chart.js with only what the radar chart draws registered (tree-shaken): no legend or tooltip plugins. */
import {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export type TRadarConfig = ChartConfiguration<'radar', (number | null)[], string[]>;

/** Draws the radar on a page canvas or an OffscreenCanvas; `redraw` takes new data. */
export function drawRadar(canvas: HTMLCanvasElement | OffscreenCanvas, config: TRadarConfig) {
  // Chart.js draws on an OffscreenCanvas (its BasicPlatform) though its types name only page canvases.
  const chart = new Chart(canvas as HTMLCanvasElement, config);
  return {
    redraw: (next: TRadarConfig) => {
      chart.data = next.data;
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
