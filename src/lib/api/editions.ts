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
});
export type TEditionSummary = z.infer<typeof ZEditionSummary>;

/** Every edition, newest first. */
export async function fetchEditions(client: TRpcClient = apiClient()): Promise<TEditionSummary[]> {
  return callRpc(client, 'benchmark_editions', {}, z.array(ZEditionSummary));
}
