/**
 * How much of the report is drawn: a plan from `lib/report/reveal.ts` stepped
 * through one task at a time once the data is in, and finished at once before
 * printing.
 */
import { flushSync } from 'svelte';
import { HEADLINE_ONLY, revealPlan, yieldToMain, type TShown } from '../../lib/report/reveal.ts';

export class Reveal {
  #plan = $state.raw<TShown[]>([]);
  #step = $state(0);
  #makePlan: (() => TShown[]) | undefined;
  #stopped = false;

  /** What is drawn besides the headline. */
  get shown(): TShown {
    return this.#plan[this.#step] ?? HEADLINE_ONLY;
  }

  /** Whether the whole report is drawn. */
  get done(): boolean {
    return this.#plan.length > 0 && this.#step === this.#plan.length - 1;
  }

  /**
   * Steps through the plan, one step a task (once only); `sizes` is asked for
   * the number of cards and study rows after the first yield, so not in the
   * task that draws the headline.
   */
  async start(
    sizes: () => { cards: number; studyRows: number },
    chunk: { cards: number; studyRows: number },
  ): Promise<void> {
    if (this.#makePlan) return;
    this.#makePlan = () => revealPlan(sizes(), chunk);
    await yieldToMain();
    while (!this.#stopped && !this.done) {
      this.#plan = this.#plan.length ? this.#plan : this.#makePlan();
      this.#step += 1;
      await yieldToMain();
    }
  }

  /** Draws the rest of the plan before returning (printing needs the whole report). */
  finish(): void {
    if (!this.#makePlan) return;
    this.#plan = this.#plan.length ? this.#plan : this.#makePlan();
    this.#step = this.#plan.length - 1;
    flushSync();
  }

  /** Stops stepping (the island is going away). */
  stop(): void {
    this.#stopped = true;
  }
}
