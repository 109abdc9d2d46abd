/** Share links of a report or of an organisation's combined report: create, list, revoke, open one. */
import { z } from 'zod/mini';
import { TOKEN_PATTERN } from '../assessment/tokens.ts';
import { apiClient, callRpc, type TRpcClient } from './client.ts';
import { ZBenchmarkReport, ZSegment } from './benchmark-report.ts';
import { ZOrganisationReport } from './consultant.ts';

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

/**
 * Whose share links: a report's (its token), or a client organisation's
 * combined report (the workspace key and the organisation).
 */
export type TShareOwner =
  | { kind: 'report'; reportToken: string }
  | { kind: 'organisation'; workspaceKey: string; organisationId: string };

function ownerArgs(owner: TShareOwner): Record<string, string> {
  return owner.kind === 'report'
    ? { report_token: ZToken.parse(owner.reportToken) }
    : {
        workspace_key: ZToken.parse(owner.workspaceKey),
        organisation_id: z.uuid().parse(owner.organisationId),
      };
}

const FUNCTIONS = {
  report: { create: 'create_share_link', list: 'list_share_links', revoke: 'revoke_share_link' },
  organisation: {
    create: 'create_organisation_share_link',
    list: 'list_organisation_share_links',
    revoke: 'revoke_organisation_share_link',
  },
} as const;

export const ZNewShareLink = z.object({
  shareToken: ZToken,
  label: z.optional(z.string().check(z.maxLength(100))),
  expiresAt: z.optional(z.iso.datetime({ offset: true })),
});

export function createShareLinkOf(
  owner: TShareOwner,
  input: z.input<typeof ZNewShareLink>,
  client: TApi = apiClient(),
) {
  const valid = ZNewShareLink.parse(input);
  return callRpc(
    client,
    FUNCTIONS[owner.kind].create,
    {
      ...ownerArgs(owner),
      share_token: valid.shareToken,
      ...(valid.label ? { label: valid.label } : {}),
      ...(valid.expiresAt ? { expires_at: valid.expiresAt } : {}),
    },
    ZShareLink,
  );
}

export function listShareLinksOf(owner: TShareOwner, client: TApi = apiClient()) {
  return callRpc(client, FUNCTIONS[owner.kind].list, ownerArgs(owner), z.array(ZShareLink));
}

export function revokeShareLinkOf(owner: TShareOwner, linkId: string, client: TApi = apiClient()) {
  return callRpc(
    client,
    FUNCTIONS[owner.kind].revoke,
    { ...ownerArgs(owner), link_id: z.uuid().parse(linkId) },
    ZShareLink,
  );
}

/** A report's own links (the owner's token). */
export function createShareLink(
  input: z.input<typeof ZNewShareLink> & { reportToken: string },
  client: TApi = apiClient(),
) {
  const { reportToken, ...link } = input;
  return createShareLinkOf({ kind: 'report', reportToken }, link, client);
}

export function listShareLinks(reportToken: string, client: TApi = apiClient()) {
  return listShareLinksOf({ kind: 'report', reportToken }, client);
}

export function revokeShareLink(reportToken: string, linkId: string, client: TApi = apiClient()) {
  return revokeShareLinkOf({ kind: 'report', reportToken }, linkId, client);
}

export const ZSharedReport = z.extend(ZBenchmarkReport, { shared: z.literal(true) });
export const ZSharedOrganisationReport = z.extend(ZOrganisationReport, {
  shared: z.literal(true),
});

/** What a share link opens: an executive's report, or an organisation's combined report. */
export function fetchSharedReport(
  input: { shareToken: string; segment?: z.input<typeof ZSegment> },
  client: TApi = apiClient(),
) {
  return callRpc(
    client,
    'shared_report',
    { share_token: ZToken.parse(input.shareToken), segment: ZSegment.parse(input.segment ?? {}) },
    z.union([ZSharedOrganisationReport, ZSharedReport]),
  );
}
