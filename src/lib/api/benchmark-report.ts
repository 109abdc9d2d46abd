/** `api.benchmark_report`: a response with its benchmarks, for the report page. */
import { z } from 'zod/mini';
import { ZAnswers, ZLanguage } from '../assessment/local-draft.ts';
import { TOKEN_PATTERN } from '../assessment/tokens.ts';
import { apiClient, callRpc, type TRpcClient } from './client.ts';
import { ZDimensionScore, ZProfile } from './assessment.ts';

export const ZSegment = z.partial(
  z.object({
    industry: z.string().check(z.minLength(1)),
    company_size: z.string().check(z.minLength(1)),
    region: z.string().check(z.minLength(1)),
    business_model: z.string().check(z.minLength(1)),
  }),
);
export type TSegment = z.infer<typeof ZSegment>;

export const ZDimensionBenchmark = z.union([
  z.object({
    dimension: z.string(),
    visible: z.literal(true),
    n: z.int().check(z.positive()),
    /** Scored members at stages 1 to 5: the only peer data a figure is computed from. */
    stageCounts: z.array(z.int().check(z.nonnegative())).check(z.length(5)),
    /** Grouped estimates from the stage counts, whole points. */
    q1: z.number(),
    median: z.number(),
    q3: z.number(),
    percentileRank: z.nullable(z.number()),
  }),
  z.object({ dimension: z.string(), visible: z.literal(false) }),
]);
export type TDimensionBenchmark = z.infer<typeof ZDimensionBenchmark>;

export const ZGroupBenchmark = z.union([
  z.object({
    segment: ZSegment,
    visible: z.literal(true),
    n: z.int(),
    sizeBand: z.string(),
    /** When the figures shown were released; `current` is false when the latest release held them back. */
    releasedAt: z.string(),
    current: z.boolean(),
    dimensions: z.array(ZDimensionBenchmark),
  }),
  z.object({
    segment: ZSegment,
    visible: z.literal(false),
    reason: z.enum(['too_few', 'protects_smaller_group']),
    sizeBand: z.nullable(z.string()),
  }),
]);
export type TGroupBenchmark = z.infer<typeof ZGroupBenchmark>;

export const ZBenchmarkReport = z.object({
  response: z.object({
    responseId: z.uuid(),
    surveyVersion: z.string(),
    language: ZLanguage,
    submittedAt: z.string(),
    isSynthetic: z.boolean(),
    profile: ZProfile,
    answers: ZAnswers,
    scores: z.array(ZDimensionScore),
  }),
  anonymityK: z.int().check(z.minimum(5)),
  pool: z.enum(['live', 'demo', 'bench']),
  /** counted; held for an operator's review by a quality check; or rejected by one. */
  poolStatus: z.enum(['counted', 'held', 'rejected']),
  /** Whether the owner's result is in the released peer figures yet. */
  ownResultReleased: z.boolean(),
  /** The organisation's name as its owner gave it: the owner's report only, never a shared one. */
  organisationName: z.optional(z.nullable(z.string())),
  /** An invitation's respondent: whether the consultant lets them open the combined report. */
  combinedReport: z.optional(z.boolean()),
  wholePool: ZGroupBenchmark,
  segment: z.nullable(ZGroupBenchmark),
});
export type TBenchmarkReport = z.infer<typeof ZBenchmarkReport>;

export const ZBenchmarkReportInput = z.object({
  reportToken: z.string().check(z.regex(TOKEN_PATTERN)),
  segment: z._default(ZSegment, {}),
});

export async function fetchBenchmarkReport(
  input: z.input<typeof ZBenchmarkReportInput>,
  client: TRpcClient = apiClient(),
): Promise<TBenchmarkReport> {
  const { reportToken, segment } = ZBenchmarkReportInput.parse(input);
  return callRpc(
    client,
    'benchmark_report',
    { report_token: reportToken, segment },
    ZBenchmarkReport,
  );
}
