/**
 * Which benchmark a report's peer figures come from (issue 16): the live
 * pool's latest release, or a frozen edition the reader picks. The island
 * holds one of these; the report only renders what it says.
 */
import {
  fetchEdition,
  fetchEditions,
  type TEditionContent,
  type TEditionSummary,
} from '../api/editions.ts';

export class EditionChoice {
  /** Every edition, newest first (none until loaded, or when the list could not be read). */
  editions = $state.raw<TEditionSummary[]>([]);
  /** The chosen edition's content; null: the live pool. */
  chosen = $state.raw<TEditionContent | null>(null);
  /** Contents already read (an edition never changes): a cache, not state. */
  #contents: Record<string, TEditionContent> = {};

  /** Reads the list; a failure leaves the report on the live pool, as before editions existed. */
  async load(): Promise<void> {
    this.editions = await fetchEditions().catch(() => []);
  }

  /** Switches to an edition (by label) or back to the live pool (null). */
  async choose(label: string | null): Promise<void> {
    if (label === null) {
      this.chosen = null;
      return;
    }
    this.chosen = this.#contents[label] ??= await fetchEdition(label);
  }
}
