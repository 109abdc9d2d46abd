/** Which message a report that failed to load gets. */
import type { TUiKey } from '../../i18n/ui-strings.ts';
import { ApiError } from '../api/client.ts';

/** Stable error codes of a link that cannot be anyone's: malformed, or too weak to be random. */
const INVALID_LINK = new Set(['invalid_token', 'weak_token']);

/**
 * The message for a failed load of the owner's report or of a shared one: a
 * link that is not valid (malformed or weak token), an unknown link (PT404) or
 * a revoked or expired share link (PT410); undefined for any other failure,
 * which is reported with its own message.
 */
export function reportProblemKey(error: unknown, mode: 'owner' | 'shared'): TUiKey | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.errorCode && INVALID_LINK.has(error.errorCode)) return 'report.invalidLink';
  const code = error.code;
  if (code === 'PT404') return mode === 'owner' ? 'report.notFound' : 'report.shareNotFound';
  if (code === 'PT410') return 'report.shareGone';
  return undefined;
}
