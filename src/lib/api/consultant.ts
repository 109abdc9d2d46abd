/**
 * The consultant's side of the API (issue 14): a workspace reached by its
 * private key, its client organisations, their invitations and their
 * combined report; and the executive's side of an invitation.
 */
import { z } from 'zod/mini';
import { TOKEN_PATTERN } from '../assessment/tokens.ts';
import { apiClient, callRpc, type TRpcClient } from './client.ts';
import { ZDimensionScore } from './assessment.ts';
import { ZGroupBenchmark, ZSegment } from './benchmark-report.ts';

export const ZToken = z.string().check(z.regex(TOKEN_PATTERN, 'must be 43 base64url characters'));
export const ZTimestamp = z.string().check(z.minLength(1));

/** The organisation's segment as the consultant sets it (request form). */
export const ZOrganisationSegment = z.object({
  industry: z.string().check(z.minLength(1)),
  company_size: z.string().check(z.minLength(1)),
  region: z.string().check(z.minLength(1)),
  business_model: z.string().check(z.minLength(1)),
});
export type TOrganisationSegment = z.infer<typeof ZOrganisationSegment>;

const ZSegmentProfile = z.object({
  industry: z.string(),
  companySize: z.string(),
  region: z.string(),
  businessModel: z.string(),
});

export const ZAgreement = z.union([
  z.object({ kind: z.literal('none'), respondents: z.int() }),
  z.object({ kind: z.literal('pair'), respondents: z.literal(2), aligned: z.boolean() }),
  z.object({
    kind: z.literal('spread'),
    respondents: z.int().check(z.minimum(3)),
    min: z.number(),
    max: z.number(),
    adM: z.number(),
    label: z.enum(['aligned', 'partlyAligned', 'divided']),
  }),
]);
export type TAgreementResult = z.infer<typeof ZAgreement>;

export const ZInvitation = z.object({
  status: z.enum(['open', 'closed', 'expired']),
  createdAt: ZTimestamp,
  expiresAt: z.nullable(ZTimestamp),
  closedAt: z.nullable(ZTimestamp),
  invited: z.nullable(z.int()),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZClientOrganisation = z.object({
  id: z.uuid(),
  name: z.string(),
  surveyVersion: z.string(),
  segment: ZSegmentProfile,
  combinedVisible: z.boolean(),
  /** The round new answers join. */
  currentRound: z.int(),
  /** The round the combined figures are of (the latest with figures), or null. */
  reportRound: z.nullable(z.int()),
  createdAt: ZTimestamp,
  archivedAt: z.nullable(ZTimestamp),
  invitation: z.nullable(ZInvitation),
  counts: z.object({
    invited: z.nullable(z.int()),
    started: z.int(),
    submitted: z.int(),
    /** In the combined figures: answers join three at a time. */
    reported: z.int(),
  }),
  lastActivity: ZTimestamp,
  overall: z.nullable(
    z.object({
      score: z.nullable(z.number()),
      stage: z.nullable(z.int()),
    }),
  ),
  overallAgreement: z.nullable(ZAgreement),
});
export type TClientOrganisation = z.infer<typeof ZClientOrganisation>;

/** A consultant's brand on their reports and invitation page; null for the product's own. */
export const ZWorkspaceBrand = z.object({
  name: z.string(),
  footer: z.string(),
  accent: z.string(),
  /** A data: URL of the checked image (PNG, JPEG or WebP), or null. */
  logo: z.nullable(z.string()),
});
export type TWorkspaceBrand = z.infer<typeof ZWorkspaceBrand>;

export const ZWorkspaceOverview = z.object({
  createdAt: ZTimestamp,
  keyRotatedAt: z.nullable(ZTimestamp),
  brand: z.nullable(ZWorkspaceBrand),
  organisations: z.array(ZClientOrganisation),
});
export type TWorkspaceOverview = z.infer<typeof ZWorkspaceOverview>;

/** Answer counts: {question: {option: n}} or, for a grid, {question: {row: {option: n}}}. */
export const ZAnswerCounts = z.record(
  z.string(),
  z.union([z.record(z.string(), z.int()), z.record(z.string(), z.record(z.string(), z.int()))]),
);
export type TAnswerCounts = z.infer<typeof ZAnswerCounts>;

const ZDimensionAgreement = z.intersection(ZAgreement, z.object({ dimension: z.string() }));

/** One round's combined figures. */
export const ZRoundFigures = z.object({
  number: z.int(),
  respondents: z.int(),
  lastSubmittedAt: z.nullable(ZTimestamp),
  scores: z.array(ZDimensionScore),
  agreement: z.array(ZDimensionAgreement),
});
export type TRoundFigures = z.infer<typeof ZRoundFigures>;

export const ZOrganisationReport = z.object({
  organisation: z.object({
    id: z.uuid(),
    name: z.nullable(z.string()),
    surveyVersion: z.string(),
    segment: ZSegmentProfile,
    respondents: z.int(),
    /** Later answers not yet in the figures (they join three at a time); the consultant's view only. */
    waiting: z.nullable(z.int()),
    lastSubmittedAt: z.nullable(ZTimestamp),
    /** The round these figures are of (null: none yet), and the round new answers join. */
    round: z.nullable(z.int()),
    /** The consultant's view only. */
    currentRound: z.nullable(z.int()),
  }),
  scores: z.array(ZDimensionScore),
  agreement: z.array(ZDimensionAgreement),
  /** The round before, for the change: its own figures and agreement. */
  previousRound: z.nullable(ZRoundFigures),
  brand: z.nullable(ZWorkspaceBrand),
  /** From three respondents only. */
  answerCounts: z.nullable(ZAnswerCounts),
  anonymityK: z.int().check(z.minimum(5)),
  pool: z.enum(['live', 'demo', 'bench']),
  ownResultReleased: z.boolean(),
  wholePool: ZGroupBenchmark,
  segment: z.nullable(ZGroupBenchmark),
});
export type TOrganisationReport = z.infer<typeof ZOrganisationReport>;

export async function createWorkspace(workspaceKey: string, client: TRpcClient = apiClient()) {
  return callRpc(
    client,
    'create_workspace',
    { workspace_key: ZToken.parse(workspaceKey) },
    z.object({ createdAt: ZTimestamp }),
  );
}

export async function rotateWorkspaceKey(
  workspaceKey: string,
  newWorkspaceKey: string,
  client: TRpcClient = apiClient(),
) {
  return callRpc(
    client,
    'rotate_workspace_key',
    { workspace_key: ZToken.parse(workspaceKey), new_workspace_key: ZToken.parse(newWorkspaceKey) },
    z.object({ rotatedAt: ZTimestamp }),
  );
}

export async function fetchWorkspaceOverview(
  workspaceKey: string,
  client: TRpcClient = apiClient(),
): Promise<TWorkspaceOverview> {
  return callRpc(
    client,
    'workspace_overview',
    { workspace_key: ZToken.parse(workspaceKey) },
    ZWorkspaceOverview,
  );
}

export const ZNewOrganisation = z.object({
  workspaceKey: ZToken,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  surveyVersion: z.string().check(z.minLength(1)),
  segment: ZOrganisationSegment,
});

export async function createClientOrganisation(
  input: z.input<typeof ZNewOrganisation>,
  client: TRpcClient = apiClient(),
): Promise<TClientOrganisation> {
  const valid = ZNewOrganisation.parse(input);
  return callRpc(
    client,
    'create_client_organisation',
    {
      workspace_key: valid.workspaceKey,
      name: valid.name,
      survey_version: valid.surveyVersion,
      segment: valid.segment,
    },
    ZClientOrganisation,
  );
}

export const ZOrganisationChange = z.object({
  workspaceKey: ZToken,
  organisationId: z.uuid(),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  segment: z.optional(ZOrganisationSegment),
  archived: z.optional(z.boolean()),
  combinedVisible: z.optional(z.boolean()),
});

export async function updateClientOrganisation(
  input: z.input<typeof ZOrganisationChange>,
  client: TRpcClient = apiClient(),
): Promise<TClientOrganisation> {
  const valid = ZOrganisationChange.parse(input);
  return callRpc(
    client,
    'update_client_organisation',
    {
      workspace_key: valid.workspaceKey,
      organisation_id: valid.organisationId,
      ...(valid.name === undefined ? {} : { name: valid.name }),
      ...(valid.segment === undefined ? {} : { segment: valid.segment }),
      ...(valid.archived === undefined ? {} : { archived: valid.archived }),
      ...(valid.combinedVisible === undefined ? {} : { combined_visible: valid.combinedVisible }),
    },
    ZClientOrganisation,
  );
}

export const ZInvitationIssue = z.object({
  workspaceKey: ZToken,
  organisationId: z.uuid(),
  invitationToken: ZToken,
  expiresAt: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  invited: z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(1000)))),
});

export async function issueInvitation(
  input: z.input<typeof ZInvitationIssue>,
  client: TRpcClient = apiClient(),
): Promise<TInvitation> {
  const valid = ZInvitationIssue.parse(input);
  return callRpc(
    client,
    'issue_invitation',
    {
      workspace_key: valid.workspaceKey,
      organisation_id: valid.organisationId,
      invitation_token: valid.invitationToken,
      expires_at: valid.expiresAt ?? null,
      invited: valid.invited ?? null,
    },
    ZInvitation,
  );
}

export const ZInvitationChange = z.object({
  workspaceKey: ZToken,
  organisationId: z.uuid(),
  open: z.boolean(),
  expiresAt: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  invited: z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(1000)))),
});

export async function updateInvitation(
  input: z.input<typeof ZInvitationChange>,
  client: TRpcClient = apiClient(),
): Promise<TInvitation> {
  const valid = ZInvitationChange.parse(input);
  return callRpc(
    client,
    'update_invitation',
    {
      workspace_key: valid.workspaceKey,
      organisation_id: valid.organisationId,
      open: valid.open,
      expires_at: valid.expiresAt ?? null,
      invited: valid.invited ?? null,
    },
    ZInvitation,
  );
}

export const ZOpenInvitation = z.object({
  status: z.literal('open'),
  expiresAt: z.nullable(ZTimestamp),
  surveyVersion: z.string(),
  /** Who invites: the consultant's brand, or null for the product's own. */
  brand: z.nullable(ZWorkspaceBrand),
});

/** Whether an invitation can be answered (an ApiError says why not: closed, expired, unknown). */
export async function fetchInvitation(invitationToken: string, client: TRpcClient = apiClient()) {
  return callRpc(
    client,
    'invitation',
    { invitation_token: ZToken.parse(invitationToken) },
    ZOpenInvitation,
  );
}

/** Counts this browser's assessment as started from the invitation (once per draft token). */
export async function startInvitation(
  invitationToken: string,
  draftToken: string,
  client: TRpcClient = apiClient(),
) {
  return callRpc(
    client,
    'start_invitation',
    { invitation_token: ZToken.parse(invitationToken), draft_token: ZToken.parse(draftToken) },
    z.object({ status: z.literal('open') }),
  );
}

export async function fetchOrganisationReport(
  input: { workspaceKey: string; organisationId: string; segment?: z.input<typeof ZSegment> },
  client: TRpcClient = apiClient(),
): Promise<TOrganisationReport> {
  return callRpc(
    client,
    'organisation_report',
    {
      workspace_key: ZToken.parse(input.workspaceKey),
      organisation_id: z.uuid().parse(input.organisationId),
      segment: ZSegment.parse(input.segment ?? {}),
    },
    ZOrganisationReport,
  );
}

/** A respondent's view of the combined report, when the consultant allows it. */
export async function fetchCombinedReport(
  input: { reportToken: string; segment?: z.input<typeof ZSegment> },
  client: TRpcClient = apiClient(),
): Promise<TOrganisationReport> {
  return callRpc(
    client,
    'combined_report',
    { report_token: ZToken.parse(input.reportToken), segment: ZSegment.parse(input.segment ?? {}) },
    ZOrganisationReport,
  );
}
