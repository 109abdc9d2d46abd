/**
 * Client-generated identifiers. A response id and its tokens are made once,
 * when the assessment starts, so every retry of a submission carries the same
 * ones and the server can store it exactly once.
 */

/** 256 random bits as 43 base64url characters (what the database accepts). */
type TRandomFill = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

export function newToken(random: TRandomFill = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newResponseId(): string {
  return crypto.randomUUID();
}

/** Reads `key=value` from a URL fragment such as `#resume=…` (tokens never travel in the query). */
export function tokenFromHash(hash: string, key: string): string | undefined {
  const value = linkTokenFromHash(hash, key);
  return value === 'missing' || value === 'invalid' ? undefined : value;
}

/**
 * A link's token from the fragment: the token when well-formed, 'missing'
 * when the fragment has none, 'invalid' when it has something that cannot be
 * a token (cut short, changed, or too long), so a page can say which.
 */
export function linkTokenFromHash(hash: string, key: string): string | 'missing' | 'invalid' {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(key);
  if (!value) return 'missing';
  return TOKEN_PATTERN.test(value) ? value : 'invalid';
}
