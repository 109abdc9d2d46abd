/** `api.benchmark_editions`: the frozen, citable benchmark editions (issue 16). */
import { z } from 'zod/mini';
import { apiClient, callRpc, type TRpcClient } from './client.ts';

export const ZEditionSummary = z.object({
  label: z.string(),
  fieldworkFrom: z.iso.date(),
  fieldworkTo: z.iso.date(),
  frozenAt: z.iso.datetime(),
  n: z.int(),
  k: z.int(),
  surveyVersions: z.array(z.string()),
  scoringModels: z.array(z.string()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Whether its data package is a public download, or the operator's only. */
  access: z.enum(['public', 'private']),
  /** data.csv's SHA-256 once its package was first built, the same in every later build. */
  dataSha256: z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
});
export type TEditionSummary = z.infer<typeof ZEditionSummary>;

/** Every edition, newest first. */
export async function fetchEditions(client: TRpcClient = apiClient()): Promise<TEditionSummary[]> {
  return callRpc(client, 'benchmark_editions', {}, z.array(ZEditionSummary));
}

const ZEditionGroup = z.union([
  z.object({
    attribute: z.string(),
    value: z.string(),
    organisations: z.int(),
    /** Per dimension: not scored, then stages 1 to 5. */
    stageCounts: z.record(z.string(), z.array(z.int()).check(z.length(6))),
  }),
  z.object({
    attribute: z.string(),
    value: z.string(),
    hiddenReason: z.enum(['too_few', 'protects_smaller_group']),
  }),
]);

/** One edition's frozen content: what a report compares with. */
export const ZEditionContent = z.object({
  label: z.string(),
  fieldworkFrom: z.iso.date(),
  fieldworkTo: z.iso.date(),
  frozenAt: z.string(),
  n: z.int(),
  k: z.int(),
  statistics: z.object({ groups: z.array(ZEditionGroup) }),
});
export type TEditionContent = z.infer<typeof ZEditionContent>;

/** One edition's content (404 for an unknown label). */
export async function fetchEdition(
  label: string,
  client: TRpcClient = apiClient(),
): Promise<TEditionContent> {
  return callRpc(client, 'benchmark_edition', { label }, ZEditionContent);
}
