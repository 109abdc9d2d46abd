/** `api.workspace_portfolio`: a consultant's clients side by side (issue 15). */
import { z } from 'zod/mini';
import { apiClient, callRpc, type TRpcClient } from './client.ts';
import { ZDimensionScore } from './assessment.ts';
import { ZGroupBenchmark } from './benchmark-report.ts';
import {
  ZAgreement,
  ZAnswerCounts,
  ZClientOrganisation,
  ZTimestamp,
  ZToken,
} from './consultant.ts';

export const ZPortfolioOrganisation = z.object({
  ...z.pick(ZClientOrganisation, { id: true, name: true, surveyVersion: true, segment: true })
    .shape,
  archivedAt: z.nullable(ZTimestamp),
  currentRound: z.int(),
  /** The round the figures are of: the latest with figures, or null. */
  round: z.nullable(z.int()),
  /** Executives whose answers are in the figures. */
  respondents: z.int(),
  lastActivity: ZTimestamp,
  scores: z.array(ZDimensionScore),
  agreement: z.array(z.intersection(ZAgreement, z.object({ dimension: z.string() }))),
  /** The round before, for the movement. */
  previous: z.nullable(
    z.object({ number: z.int(), respondents: z.int(), scores: z.array(ZDimensionScore) }),
  ),
});
export type TPortfolioEntry = z.infer<typeof ZPortfolioOrganisation>;

export const ZPortfolio = z.object({
  organisations: z.array(ZPortfolioOrganisation),
  /** The clients' answers pooled per survey version, from clients of three or more reported respondents. */
  answerCounts: z.array(
    z.object({
      surveyVersion: z.string(),
      organisations: z.int(),
      respondents: z.int(),
      counts: ZAnswerCounts,
    }),
  ),
  anonymityK: z.int(),
  pool: z.enum(['live', 'demo', 'bench']),
  wholePool: ZGroupBenchmark,
});
export type TPortfolio = z.infer<typeof ZPortfolio>;

export async function fetchPortfolio(
  workspaceKey: string,
  client: TRpcClient = apiClient(),
): Promise<TPortfolio> {
  return callRpc(
    client,
    'workspace_portfolio',
    { workspace_key: ZToken.parse(workspaceKey) },
    ZPortfolio,
  );
}
