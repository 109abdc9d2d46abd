/**
 * The assessment's RPCs: drafts, submission and the respondent's own report.
 * Inputs and outputs are checked with zod; the database checks again (it is
 * the trusted layer) and its message is passed on as it is.
 */
import { z } from 'zod/mini';
import { ZAnswers, ZLanguage } from '../assessment/local-draft.ts';
import { ZWorkChallenge, type TWorkChallenge } from '../pool-integrity/proof-of-work.ts';
import { TOKEN_PATTERN } from '../assessment/tokens.ts';
import { apiClient, callRpc, type TRpcClient } from './client.ts';

type TApi = TRpcClient;
const ZToken = z.string().check(z.regex(TOKEN_PATTERN, 'must be 43 base64url characters'));

/** SQLSTATEs where the server refused the content: retrying the same call cannot succeed. */
export const REFUSAL_CODES = new Set(['22023', '23505', 'PT404', 'PT410', '42883', 'PGRST202']);

export const ZSaveDraftInput = z.object({
  draftToken: ZToken,
  surveyVersion: z.string().check(z.minLength(1)),
  language: ZLanguage,
  pageNumber: z.int().check(z.minimum(0)),
  answers: ZAnswers,
});

export async function saveDraft(
  input: z.input<typeof ZSaveDraftInput>,
  client: TApi = apiClient(),
) {
  const valid = ZSaveDraftInput.parse(input);
  return callRpc(
    client,
    'save_draft',
    {
      draft_token: valid.draftToken,
      survey_version: valid.surveyVersion,
      language: valid.language,
      page_number: valid.pageNumber,
      answers: valid.answers,
    },
    z.object({ savedAt: z.string() }),
  );
}

export const ZServerDraft = z.object({
  surveyVersion: z.string(),
  language: ZLanguage,
  pageNumber: z.int().check(z.minimum(0)),
  answers: ZAnswers,
  savedAt: z.string(),
});
export type TServerDraft = z.infer<typeof ZServerDraft>;

export async function loadDraft(
  draftToken: string,
  client: TApi = apiClient(),
): Promise<TServerDraft> {
  return callRpc(client, 'load_draft', { draft_token: ZToken.parse(draftToken) }, ZServerDraft);
}

export const ZSubmitInput = z.object({
  responseId: z.uuid(),
  surveyVersion: z.string().check(z.minLength(1)),
  language: ZLanguage,
  answers: ZAnswers,
  reportToken: ZToken,
  draftToken: z.optional(ZToken),
  /** A solved challenge of `fetchSubmissionChallenge`. */
  proof: z.optional(z.object({ salt: z.string(), number: z.int().check(z.minimum(0)) })),
  /** The newest report this browser holds: a retake of the same organisation. */
  previousReportToken: z.optional(ZToken),
  /** A consultant's invitation: the response is a respondent's of that client organisation. */
  invitationToken: z.optional(ZToken),
  /** Whether anonymised answers may be shared with researchers; left out (or false): no. */
  researchConsent: z.optional(z.boolean()),
});

export const ZSubmitResult = z.object({
  responseId: z.uuid(),
  status: z.enum(['stored', 'already_stored']),
  /** counted: in the benchmarks; held: waiting for a review of its quality flags. */
  poolStatus: z.enum(['counted', 'held', 'rejected']),
});

/** A proof-of-work challenge for the next submission (`api.submission_challenge`). */
export async function fetchSubmissionChallenge(
  client: TApi = apiClient(),
): Promise<TWorkChallenge> {
  return callRpc(client, 'submission_challenge', {}, ZWorkChallenge);
}

export async function submitResponse(
  input: z.input<typeof ZSubmitInput>,
  client: TApi = apiClient(),
) {
  const valid = ZSubmitInput.parse(input);
  return callRpc(
    client,
    'submit_response',
    {
      response_id: valid.responseId,
      survey_version: valid.surveyVersion,
      language: valid.language,
      answers: valid.answers,
      report_token: valid.reportToken,
      ...(valid.draftToken ? { draft_token: valid.draftToken } : {}),
      ...(valid.proof ? { proof: valid.proof } : {}),
      ...(valid.previousReportToken ? { previous_report_token: valid.previousReportToken } : {}),
      ...(valid.invitationToken ? { invitation_token: valid.invitationToken } : {}),
      ...(valid.researchConsent !== undefined ? { research_consent: valid.researchConsent } : {}),
    },
    ZSubmitResult,
  );
}

export const ZDimensionScore = z.object({
  dimension: z.enum([
    'alignment',
    'staffing',
    'personalization',
    'effort',
    'brand',
    'automation',
    'overall',
  ]),
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  stage: z.nullable(z.int().check(z.minimum(1), z.maximum(5))),
});
export type TDimensionScore = z.infer<typeof ZDimensionScore>;

/** The segmenting profile of a response (its organisation name is never returned). */
export const ZProfile = z.object({
  industry: z.string(),
  companySize: z.string(),
  region: z.string(),
  businessModel: z.string(),
  respondentFunction: z.string(),
  respondentSeniority: z.string(),
});

export const ZResponseReport = z.object({
  responseId: z.uuid(),
  surveyVersion: z.string(),
  language: ZLanguage,
  submittedAt: z.string(),
  isSynthetic: z.boolean(),
  profile: ZProfile,
  scores: z.array(ZDimensionScore).check(z.length(7)),
});
export type TResponseReport = z.infer<typeof ZResponseReport>;

export async function fetchResponseReport(
  reportToken: string,
  client: TApi = apiClient(),
): Promise<TResponseReport> {
  return callRpc(
    client,
    'response_report',
    { report_token: ZToken.parse(reportToken) },
    ZResponseReport,
  );
}
