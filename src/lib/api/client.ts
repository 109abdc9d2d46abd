/**
 * The browser's API client: PostgREST's own client (what supabase-js uses for
 * `rpc()`, at a tenth of its size) on the `api` schema, with the same
 * headers supabase-js sends, so it works unchanged against hosted Supabase.
 * Created lazily, never at module load, so a build without keys prerenders.
 */
import { PostgrestClient } from '@supabase/postgrest-js';
import type { z } from 'zod/mini';
import { readPublicEnv } from '../env.ts';

/** What the data modules need of a client; supabase-js clients (used by the tests) fit it too. */
export type TRpcClient = {
  rpc: (
    fn: string,
    args?: object,
  ) => PromiseLike<{
    data: unknown;
    error: { message: string; code: string; hint?: string | null; details?: string | null } | null;
  }>;
};

let client: TRpcClient | undefined;

/** Same origin as the page when PUBLIC_SUPABASE_URL is empty (the local stack's proxy). */
function apiBaseUrl(configured: string): string {
  if (configured) return configured;
  if (typeof window === 'undefined')
    throw new Error('PUBLIC_SUPABASE_URL is required outside the browser');
  return window.location.origin;
}

export function apiClient(): TRpcClient {
  if (!client) {
    const env = readPublicEnv();
    const key = env.PUBLIC_SUPABASE_ANON_KEY;
    client = new PostgrestClient(`${apiBaseUrl(env.PUBLIC_SUPABASE_URL)}/rest/v1`, {
      schema: 'api',
      headers: { apikey: key, Authorization: `Bearer ${key}` },
    }) as unknown as TRpcClient;
  }
  return client;
}

/**
 * An RPC failure with the database's message (the trusted layer's words), its
 * SQLSTATE or PostgREST code, and its stable error code (`hint`, from the
 * database's catalogue private.api_errors, or the proxy's own).
 */
export class ApiError extends Error {
  readonly code: string | undefined;
  readonly errorCode: string | undefined;
  /** The catalogue's bounded echo (for `rate_limited`: seconds until the window ends). */
  readonly details: string | undefined;
  constructor(message: string, code?: string, errorCode?: string, details?: string) {
    super(message);
    this.code = code;
    this.errorCode = errorCode;
    this.details = details;
  }
}

/** Calls one `api` function and checks its answer; a database error becomes an ApiError. */
export async function callRpc<T extends z.ZodMiniType>(
  client: TRpcClient,
  fn: string,
  args: object,
  output: T,
): Promise<z.output<T>> {
  const { data, error } = await client.rpc(fn, args);
  if (error)
    throw new ApiError(
      error.message,
      error.code,
      error.hint ?? undefined,
      error.details ?? undefined,
    );
  // Each schema parses once or twice per page: compiling zod's fast path would cost more than it saves.
  return output.parse(data, { jitless: true });
}
