/** Sends a finished assessment through the retrying queue. */
import { ApiError } from '../../lib/api/client.ts';
import { REFUSAL_CODES, submitResponse } from '../../lib/api/assessment.ts';
import type { TLocalDraft } from '../../lib/assessment/local-draft.ts';
import {
  deliver,
  PermanentFailure,
  type TQueueState,
} from '../../lib/assessment/submission-queue.ts';

function onBrowserOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  return () => window.removeEventListener('online', callback);
}

/** Resolves true once the server has the response (stored now or before). */
export async function submitWithQueue(
  draft: TLocalDraft,
  onState: (state: TQueueState) => void,
): Promise<boolean> {
  const result = await deliver(
    async () => {
      try {
        return await submitResponse({
          responseId: draft.responseId,
          surveyVersion: draft.surveyVersion,
          language: draft.language,
          answers: draft.answers,
          reportToken: draft.reportToken,
          draftToken: draft.draftToken,
        });
      } catch (error) {
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
