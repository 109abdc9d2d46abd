/**
 * Secrets of the local stack: generated once, kept in the data folder with
 * owner-only permissions, never committed. Hosted Supabase has its own.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { SignJWT } from 'jose';
import { z } from 'zod';

export const ZStackSecrets = z.object({
  /** HS256 secret PostgREST verifies JWTs with (at least 32 characters). */
  jwtSecret: z.string().min(32),
  /** Public anon key: JWT with `role: anon`. */
  anonKey: z.string().min(20),
  /** Server-side key: JWT with `role: service_role` (tests and admin tools only). */
  serviceRoleKey: z.string().min(20),
  /** Password of the cluster's superuser `postgres`. */
  postgresPassword: z.string().min(16),
  /** Password of the `authenticator` role PostgREST logs in as. */
  authenticatorPassword: z.string().min(16),
});
export type TStackSecrets = z.infer<typeof ZStackSecrets>;

const randomSecret = (bytes: number) => randomBytes(bytes).toString('base64url');

async function signRoleKey(jwtSecret: string, role: string): Promise<string> {
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('supabase-local')
    .setIssuedAt()
    .setExpirationTime('10y')
    .sign(new TextEncoder().encode(jwtSecret));
}

export async function generateSecrets(): Promise<TStackSecrets> {
  const jwtSecret = randomSecret(48);
  return {
    jwtSecret,
    anonKey: await signRoleKey(jwtSecret, 'anon'),
    serviceRoleKey: await signRoleKey(jwtSecret, 'service_role'),
    postgresPassword: randomSecret(24),
    authenticatorPassword: randomSecret(24),
  };
}

/** Reads the secrets file, or creates it (mode 0600) the first time. */
export async function ensureSecrets(path: string): Promise<TStackSecrets> {
  if (existsSync(path)) {
    chmodSync(path, 0o600);
    const parsed = ZStackSecrets.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      throw new Error(
        `${path} is damaged (${parsed.error.issues[0]?.message}); remove the data folder to start afresh.`,
      );
    }
    return parsed.data;
  }
  const secrets = await generateSecrets();
  writeFileSync(path, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  return secrets;
}
