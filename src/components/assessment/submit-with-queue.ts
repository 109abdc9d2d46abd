/**
 * Sends a finished assessment through the retrying queue: each attempt
 * fetches and solves a proof-of-work challenge, then submits; a rate-limited
 * attempt waits as long as the server says.
 */
import { ApiError } from '../../lib/api/client.ts';
import { REFUSAL_CODES } from '../../lib/api/assessment.ts';
import type { TLocalDraft } from '../../lib/assessment/local-draft.ts';
import {
  deliver,
  PermanentFailure,
  RetryLater,
  type TQueueState,
} from '../../lib/assessment/submission-queue.ts';
import { rateLimitDelayMs, submitWithProof } from '../../lib/pool-integrity/submit-with-proof.ts';

function onBrowserOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  return () => window.removeEventListener('online', callback);
}

/**
 * Resolves true once the server has the response (stored now or before).
 * `previousReportToken`: the held report this one retakes (same organisation).
 */
export async function submitWithQueue(
  draft: TLocalDraft,
  onState: (state: TQueueState) => void,
  previousReportToken?: string,
): Promise<boolean> {
  const result = await deliver(
    async () => {
      try {
        return await submitWithProof({
          responseId: draft.responseId,
          surveyVersion: draft.surveyVersion,
          language: draft.language,
          answers: draft.answers,
          reportToken: draft.reportToken,
          draftToken: draft.draftToken,
          ...(previousReportToken ? { previousReportToken } : {}),
          ...(draft.invitationToken ? { invitationToken: draft.invitationToken } : {}),
          researchConsent: draft.researchConsent === true,
        });
      } catch (error) {
        const delay = rateLimitDelayMs(error);
        if (delay !== undefined) throw new RetryLater((error as Error).message, delay);
        if (error instanceof ApiError && error.code && REFUSAL_CODES.has(error.code)) {
          throw new PermanentFailure(error.message);
        }
        throw error;
      }
    },
    { onState, onOnline: onBrowserOnline },
  );
  return result !== undefined;
}
