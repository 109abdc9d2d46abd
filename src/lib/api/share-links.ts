/** Share links of a report: create, list, revoke, and open one. */
import { z } from 'zod/mini';
import { TOKEN_PATTERN } from '../assessment/tokens.ts';
import { apiClient, callRpc, type TRpcClient } from './client.ts';
import { ZBenchmarkReport, ZSegment } from './benchmark-report.ts';

type TApi = TRpcClient;
const ZToken = z.string().check(z.regex(TOKEN_PATTERN));

export const ZShareLink = z.object({
  id: z.uuid(),
  label: z.nullable(z.string()),
  createdAt: z.string(),
  expiresAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
  status: z.enum(['active', 'expired', 'revoked']),
});
export type TShareLink = z.infer<typeof ZShareLink>;

export const ZCreateShareLinkInput = z.object({
  reportToken: ZToken,
  shareToken: ZToken,
  label: z.optional(z.string().check(z.maxLength(100))),
  expiresAt: z.optional(z.iso.datetime({ offset: true })),
});

export function createShareLink(
  input: z.input<typeof ZCreateShareLinkInput>,
  client: TApi = apiClient(),
) {
  const valid = ZCreateShareLinkInput.parse(input);
  return callRpc(
    client,
    'create_share_link',
    {
      report_token: valid.reportToken,
      share_token: valid.shareToken,
      ...(valid.label ? { label: valid.label } : {}),
      ...(valid.expiresAt ? { expires_at: valid.expiresAt } : {}),
    },
    ZShareLink,
  );
}

export function listShareLinks(reportToken: string, client: TApi = apiClient()) {
  return callRpc(
    client,
    'list_share_links',
    { report_token: ZToken.parse(reportToken) },
    z.array(ZShareLink),
  );
}

export function revokeShareLink(reportToken: string, linkId: string, client: TApi = apiClient()) {
  return callRpc(
    client,
    'revoke_share_link',
    { report_token: ZToken.parse(reportToken), link_id: z.uuid().parse(linkId) },
    ZShareLink,
  );
}

export const ZSharedReport = z.extend(ZBenchmarkReport, { shared: z.literal(true) });

export function fetchSharedReport(
  input: { shareToken: string; segment?: z.input<typeof ZSegment> },
  client: TApi = apiClient(),
) {
  return callRpc(
    client,
    'shared_report',
    { share_token: ZToken.parse(input.shareToken), segment: ZSegment.parse(input.segment ?? {}) },
    ZSharedReport,
  );
}
