/**
 * Draws the report's radar chart with Chart.js on a canvas handed over by the
 * page (OffscreenCanvas), so the chart's layout and painting never block the
 * main thread. The first message brings the canvas and the configuration,
 * later ones a new configuration (another segment's peer median). It answers
 * 'drawn' after each.
 */
import { drawRadar, type TRadarConfig } from './radar-chart-setup.ts';

export type TRadarWorkerMessage = { canvas?: OffscreenCanvas; config: TRadarConfig };

/** The worker's global scope, typed without the webworker lib (which clashes with the DOM lib). */
const scope = self as unknown as {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<TRadarWorkerMessage>) => void,
  ): void;
  postMessage(message: 'drawn'): void;
};

let chart: ReturnType<typeof drawRadar> | undefined;

scope.addEventListener('message', ({ data }) => {
  if (data.canvas) {
    chart?.destroy();
    chart = drawRadar(data.canvas, data.config);
  } else {
    chart?.redraw(data.config);
  }
  scope.postMessage('drawn');
});
