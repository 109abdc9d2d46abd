/**
 * Drawing the report a part at a time: the headline first (the cover), then in
 * later tasks the summary, the peer comparison (segment picker), the radar, the
 * dimension table, the dimension cards a few at a time, the
 * study table a few rows at a time, and last the appendix's closing notes and
 * the share links, so no single task renders the whole report (a long task
 * blocks input and counts against the page's responsiveness).
 */

/** What is drawn besides the headline. Each step of a plan shows at least what the one before it did. */
export type TShown = {
  summary: boolean;
  peers: boolean;
  radar: boolean;
  dimensions: boolean;
  /** How many dimension cards. */
  cards: number;
  /** How many rows of the study table (the appendix appears with its first rows). */
  studyRows: number;
  /** The appendix's closing notes and the share links. */
  share: boolean;
};

/** Nothing but the headline. */
export const HEADLINE_ONLY: TShown = {
  summary: false,
  peers: false,
  radar: false,
  dimensions: false,
  cards: 0,
  studyRows: 0,
  share: false,
};

/** Adds `chunk` at a time up to `total`: [chunk, 2 chunk, …, total]. */
function chunks(total: number, chunk: number): number[] {
  const counts: number[] = [];
  for (let count = chunk; count < total + chunk; count += chunk)
    counts.push(Math.min(count, total));
  return counts;
}

/**
 * The steps from the headline alone to the whole report: `cards` dimension
 * cards drawn `cardChunk` a step, then a study table of `studyRows` rows drawn
 * `studyChunk` rows a step.
 */
export function revealPlan(
  sizes: { cards: number; studyRows: number },
  chunk: { cards: number; studyRows: number },
): TShown[] {
  for (const value of [chunk.cards, chunk.studyRows]) {
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`chunk must be >= 1 (${value})`);
  }
  const summary: TShown = { ...HEADLINE_ONLY, summary: true };
  const peers: TShown = { ...summary, peers: true };
  const radar: TShown = { ...peers, radar: true };
  const profile: TShown = { ...radar, dimensions: true };
  const plan: TShown[] = [HEADLINE_ONLY, summary, peers, radar, profile];
  for (const cards of chunks(sizes.cards, chunk.cards)) plan.push({ ...profile, cards });
  const carded: TShown = { ...profile, cards: sizes.cards };
  for (const studyRows of chunks(sizes.studyRows, chunk.studyRows)) {
    plan.push({ ...carded, studyRows });
  }
  plan.push({ ...carded, studyRows: sizes.studyRows, share: true });
  return plan;
}

/**
 * Resolves in a later task, so the browser can paint and handle input first:
 * `scheduler.yield()` where the browser has it, a zero timeout elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
