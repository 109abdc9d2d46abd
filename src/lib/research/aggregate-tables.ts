/**
 * Aggregate tables of the research file, for researchers who need tables
 * only: per value of each quasi-identifier (as written, after recoding and
 * suppression, a blank being a group of its own) and for the whole file, the
 * number of organisations and, per dimension, how many were scored, their mean
 * score and how many are at each stage. Accumulated row by row while the file
 * streams, so memory depends on the number of groups only. Every written
 * combination holds at least k rows, so every group here does too; `csv`
 * checks it again.
 */
import { csvLine, type TCsvValue } from '../export/csv-cell.ts';
import type { TScoreCell } from './data-row.ts';

type TAccumulator = { n: number; scored: number[]; sums: number[]; stages: number[][] };

/** Per-group counts, means and stage counts, filled row by row. */
export class SegmentTables {
  readonly #attributes: readonly string[];
  readonly #dimensions: readonly string[];
  readonly #groups = new Map<string, Map<string | null, TAccumulator>>();

  /** `attributes`: the quasi-identifiers; `dimensions`: dimension ids and `overall`. */
  constructor(attributes: readonly string[], dimensions: readonly string[]) {
    this.#attributes = attributes;
    this.#dimensions = dimensions;
    for (const attribute of ['all', ...attributes]) this.#groups.set(attribute, new Map());
  }

  /** Counts one written row. */
  add(
    quasi: Readonly<Record<string, string | null>>,
    scores: Readonly<Record<string, TScoreCell>>,
  ) {
    for (const attribute of ['all', ...this.#attributes]) {
      const value = attribute === 'all' ? '*' : (quasi[attribute] ?? null);
      const groups = this.#groups.get(attribute) as Map<string | null, TAccumulator>;
      let acc = groups.get(value);
      if (acc === undefined) {
        const zeros = () => this.#dimensions.map(() => 0);
        acc = {
          n: 0,
          scored: zeros(),
          sums: zeros(),
          stages: this.#dimensions.map(() => [0, 0, 0, 0, 0]),
        };
        groups.set(value, acc);
      }
      acc.n += 1;
      this.#dimensions.forEach((dimension, d) => {
        const [score, stage] = scores[dimension] ?? [null, null];
        if (score !== null) {
          (acc.scored[d] as number) += 1;
          (acc.sums[d] as number) += score;
        }
        const stages = acc.stages[d] as number[];
        if (stage !== null && stage >= 1 && stage <= 5)
          stages[stage - 1] = (stages[stage - 1] ?? 0) + 1;
      });
    }
  }

  /** The table of one attribute (`all`: the whole file); `label` names a value (null: suppressed). */
  csv(attribute: string, k: number, label: (value: string | null) => string): string {
    const groups = this.#groups.get(attribute);
    if (groups === undefined) throw new Error(`no table for ${attribute}`);
    const header: TCsvValue[] = [
      'value',
      'label',
      'organisations',
      ...this.#dimensions.flatMap((d) => [
        `${d}_scored`,
        `${d}_mean`,
        ...[1, 2, 3, 4, 5].map((s) => `${d}_stage_${s}`),
      ]),
    ];
    const entries = [...groups.entries()].sort(([a], [b]) =>
      a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
    );
    const lines = entries.map(([value, acc]) => {
      if (acc.n < k) throw new Error(`${attribute} group of ${acc.n} rows is under k = ${k}`);
      return csvLine([
        attribute === 'all' ? '' : value,
        label(attribute === 'all' ? '*' : value),
        acc.n,
        ...this.#dimensions.flatMap((_, d) => {
          const scored = acc.scored[d] as number;
          const mean =
            scored === 0 ? null : Math.round((10 * (acc.sums[d] as number)) / scored) / 10;
          return [scored, mean, ...(acc.stages[d] as number[])];
        }),
      ]);
    });
    return csvLine(header) + lines.join('');
  }
}
