/**
 * Drawing the report a part at a time: the headline first (overall score and
 * stage), then in later tasks the peer comparison (segment picker and radar),
 * the dimension table, the priorities, the study table a few rows at a time and
 * the share links, so no single task renders the whole report (a long task
 * blocks input and counts against the page's responsiveness).
 */

/** What is drawn besides the headline. Each step of a plan shows at least what the one before it did. */
export type TShown = {
  peers: boolean;
  dimensions: boolean;
  priorities: boolean;
  /** How many rows of the study table (the table itself appears with its first rows). */
  studyRows: number;
  share: boolean;
};

/**
 * The steps from the headline alone to the whole report, for a study table of
 * `studyRows` rows drawn `chunk` rows a step.
 */
export function revealPlan(studyRows: number, chunk: number): TShown[] {
  if (!Number.isInteger(chunk) || chunk < 1) throw new RangeError(`chunk must be >= 1 (${chunk})`);
  const none: TShown = {
    peers: false,
    dimensions: false,
    priorities: false,
    studyRows: 0,
    share: false,
  };
  const peers: TShown = { ...none, peers: true };
  const ranked: TShown = { ...peers, dimensions: true, priorities: true };
  const plan: TShown[] = [none, peers, { ...peers, dimensions: true }, ranked];
  for (let rows = chunk; rows < studyRows + chunk; rows += chunk) {
    plan.push({ ...ranked, studyRows: Math.min(rows, studyRows) });
  }
  plan.push({ ...ranked, studyRows, share: true });
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
