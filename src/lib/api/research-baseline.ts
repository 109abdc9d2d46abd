/** `api.research_baseline`: a published benchmark edition as counts with n. */
import { z } from 'zod';
import { ApiError, apiClient, type TRpcClient } from './client.ts';

export const ZBaselineEditionSummary = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  year: z.int(),
  fielded: z.string(),
  sampleSize: z.int().positive(),
  citation: z.string(),
});

export const ZBaselineOptionCount = z.object({
  optionId: z.string(),
  count: z.int().nonnegative(),
  publishedPercent: z.number(),
});

export const ZBaselineDistributionCounts = z.object({
  questionId: z.string(),
  rowId: z.string().nullable(),
  dimension: z.enum(['alignment', 'staffing', 'personalization', 'effort', 'brand', 'automation']),
  kind: z.enum(['single', 'multiple', 'matrix']),
  n: z.int().positive(),
  publishedMean: z.number().nullable(),
  options: z.array(ZBaselineOptionCount).min(1),
});

export const ZResearchBaseline = z.object({
  edition: ZBaselineEditionSummary,
  distributions: z.array(ZBaselineDistributionCounts),
});
export type TResearchBaseline = z.infer<typeof ZResearchBaseline>;
export type TBaselineDistributionCounts = z.infer<typeof ZBaselineDistributionCounts>;

export const ZResearchBaselineInput = z.object({ editionId: z.string().min(1).optional() });

export async function fetchResearchBaseline(
  input: z.input<typeof ZResearchBaselineInput> = {},
  client: TRpcClient = apiClient(),
): Promise<TResearchBaseline> {
  const { editionId } = ZResearchBaselineInput.parse(input);
  const { data, error } = await client.rpc(
    'research_baseline',
    editionId ? { edition_id: editionId } : {},
  );
  if (error) throw new ApiError(error.message, error.code);
  return ZResearchBaseline.parse(data);
}
