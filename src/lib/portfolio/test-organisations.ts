/** Client organisations for the portfolio's unit tests: one builder shared by every test file. */
import { stageBand } from '../benchmark/stage-statistics.ts';
import type { TPortfolioOrganisation, TScoredId } from './portfolio-organisation.ts';

const SEGMENT = {
  industry: 'retail',
  companySize: '1000-4999',
  region: 'kr',
  businessModel: 'b2c',
};

/** An organisation with these scores (stages from their 20-point bands) and any field overridden. */
export function organisation(
  name: string,
  scores: Partial<Record<TScoredId, number | null>>,
  overrides: Partial<TPortfolioOrganisation> = {},
): TPortfolioOrganisation {
  return {
    id: `id-${name}`,
    name,
    segment: SEGMENT,
    lastActivity: '2026-01-15T09:00:00Z',
    respondents: 3,
    scores: Object.entries(scores).map(([dimension, score]) => ({
      dimension: dimension as TScoredId,
      score: score ?? null,
      stage: score === null || score === undefined ? null : stageBand(score),
    })),
    ...overrides,
  };
}
