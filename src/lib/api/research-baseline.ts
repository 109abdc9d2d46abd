/** `api.research_baseline`: a published benchmark edition as counts with n. */
import { z } from 'zod/mini';
import { apiClient, callRpc, type TRpcClient } from './client.ts';

export const ZBaselineEditionSummary = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  year: z.int(),
  fielded: z.string(),
  sampleSize: z.int().check(z.positive()),
  citation: z.string(),
});

export const ZBaselineOptionCount = z.object({
  optionId: z.string(),
  count: z.int().check(z.nonnegative()),
  publishedPercent: z.number(),
});

export const ZBaselineDistributionCounts = z.object({
  questionId: z.string(),
  rowId: z.nullable(z.string()),
  dimension: z.enum(['alignment', 'staffing', 'personalization', 'effort', 'brand', 'automation']),
  kind: z.enum(['single', 'multiple', 'matrix']),
  n: z.int().check(z.positive()),
  publishedMean: z.nullable(z.number()),
  options: z.array(ZBaselineOptionCount).check(z.minLength(1)),
});

export const ZResearchBaseline = z.object({
  edition: ZBaselineEditionSummary,
  distributions: z.array(ZBaselineDistributionCounts),
});
export type TResearchBaseline = z.infer<typeof ZResearchBaseline>;
export type TBaselineDistributionCounts = z.infer<typeof ZBaselineDistributionCounts>;

export const ZResearchBaselineInput = z.object({
  editionId: z.optional(z.string().check(z.minLength(1))),
});

export async function fetchResearchBaseline(
  input: z.input<typeof ZResearchBaselineInput> = {},
  client: TRpcClient = apiClient(),
): Promise<TResearchBaseline> {
  const { editionId } = ZResearchBaselineInput.parse(input);
  return callRpc(
    client,
    'research_baseline',
    editionId ? { edition_id: editionId } : {},
    ZResearchBaseline,
  );
}
