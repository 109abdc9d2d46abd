/**
 * Solves the server's proof-of-work challenge (ALTCHA's SHA-256 scheme):
 * find `number` in [0, maxnumber] with hex SHA-256(salt + number) equal to
 * `challenge`. Framework-free; uses Web Crypto, present in browsers and in
 * Node.js, hashing a batch of candidates at once (one `Promise.all`), which
 * is several times faster than awaiting one digest after another.
 */
import { z } from 'zod/mini';

export const ZWorkChallenge = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  salt: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  maxnumber: z.int().check(z.minimum(0)),
  expiresAt: z.string(),
});
export type TWorkChallenge = z.infer<typeof ZWorkChallenge>;

/** What `api.submit_response` takes as `proof`. */
export type TWorkProof = { salt: string; number: number };

/** Candidates hashed per batch. */
export const SOLVE_BATCH = 1000;

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Hex SHA-256 of a UTF-8 string. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * The proof for a challenge, or undefined when no number in range solves it
 * (a challenge not made as the server makes them). Self-contained (no
 * module-level names besides the default of `batch`), so the bench can run
 * this very function in Chromium.
 */
export async function solveChallenge(
  challenge: Pick<TWorkChallenge, 'challenge' | 'salt' | 'maxnumber'>,
  batch = SOLVE_BATCH,
): Promise<TWorkProof | undefined> {
  const encoder = new TextEncoder();
  const toHex = (buffer: ArrayBuffer) =>
    Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
  for (let start = 0; start <= challenge.maxnumber; start += batch) {
    const end = Math.min(start + batch - 1, challenge.maxnumber);
    const digests = await Promise.all(
      Array.from({ length: end - start + 1 }, (_, i) =>
        crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + String(start + i))),
      ),
    );
    const found = digests.findIndex((digest) => toHex(digest) === challenge.challenge);
    if (found >= 0) return { salt: challenge.salt, number: start + found };
  }
  return undefined;
}
