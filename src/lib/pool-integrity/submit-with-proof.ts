/**
 * One submission attempt as the server wants it: fetch a proof-of-work
 * challenge, solve it, submit. A proof refused as expired or already used
 * (the page sat open for long, or an earlier attempt spent it) is replaced by
 * a fresh one, at most twice.
 */
import { z } from 'zod/mini';
import { fetchSubmissionChallenge, submitResponse, ZSubmitInput } from '../api/assessment.ts';
import { ApiError, apiClient, type TRpcClient } from '../api/client.ts';
import { solveChallenge, type TWorkChallenge, type TWorkProof } from './proof-of-work.ts';

export type TSolver = (challenge: TWorkChallenge) => Promise<TWorkProof | undefined>;

const FRESH_CHALLENGES = 2;

export async function submitWithProof(
  input: Omit<z.input<typeof ZSubmitInput>, 'proof'>,
  client: TRpcClient = apiClient(),
  solve: TSolver = (challenge) => solveChallenge(challenge),
) {
  for (let fresh = 0; ; fresh++) {
    const proof = await solve(await fetchSubmissionChallenge(client));
    if (!proof) throw new Error('The proof-of-work challenge has no solution in its range.');
    try {
      return await submitResponse({ ...input, proof }, client);
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.errorCode === 'expired_proof' &&
        fresh < FRESH_CHALLENGES
      )
        continue;
      throw error;
    }
  }
}

/** Milliseconds a `rate_limited` refusal asks to wait (its details: seconds), else undefined. */
export function rateLimitDelayMs(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.errorCode !== 'rate_limited') return undefined;
  const seconds = Number(error.details);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) * 1000 : 60_000;
}
