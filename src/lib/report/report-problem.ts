/** Which message a report that failed to load gets. */
import type { TUiKey } from '../../i18n/ui-strings.ts';
import { ApiError } from '../api/client.ts';

/**
 * The message for a failed load of the owner's report or of a shared one: an
 * unknown link (PT404) or a revoked or expired share link (PT410); undefined
 * for any other failure, which is reported with its own message.
 */
export function reportProblemKey(error: unknown, mode: 'owner' | 'shared'): TUiKey | undefined {
  const code = error instanceof ApiError ? error.code : undefined;
  if (code === 'PT404') return mode === 'owner' ? 'report.notFound' : 'report.shareNotFound';
  if (code === 'PT410') return 'report.shareGone';
  return undefined;
}
