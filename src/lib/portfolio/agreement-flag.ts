/**
 * One flag per client for the portfolio (issue 15): how its executives agree
 * across the six dimensions, from the agreement the organisation report gives.
 * - 'divided': the dimensions labelled divided (three or more executives);
 * - 'partly': none divided, some partly aligned;
 * - 'aligned': aligned in every dimension;
 * - 'pair': two executives (only aligned or not): the dimensions not aligned;
 * - 'none': one executive or none, nothing to compare.
 */
import type { TAgreementResult } from '../api/consultant.ts';

export type TAgreementFlag =
  | { kind: 'divided' | 'partly'; dimensions: string[] }
  | { kind: 'aligned' }
  | { kind: 'pair'; apart: string[] }
  | { kind: 'none' };

/** The flag of one client's agreement per dimension (overall left out). */
export function agreementFlag(
  agreement: readonly (TAgreementResult & { dimension: string })[],
): TAgreementFlag {
  const dimensions = agreement.filter((entry) => entry.dimension !== 'overall');
  const pairs = dimensions.filter((entry) => entry.kind === 'pair');
  if (pairs.length > 0) {
    return { kind: 'pair', apart: pairs.filter((p) => !p.aligned).map((p) => p.dimension) };
  }
  const spread = dimensions.flatMap((entry) => (entry.kind === 'spread' ? [entry] : []));
  if (spread.length === 0) return { kind: 'none' };
  const divided = spread.filter((entry) => entry.label === 'divided').map((e) => e.dimension);
  if (divided.length > 0) return { kind: 'divided', dimensions: divided };
  const partly = spread.filter((entry) => entry.label === 'partlyAligned').map((e) => e.dimension);
  return partly.length > 0 ? { kind: 'partly', dimensions: partly } : { kind: 'aligned' };
}
