/**
 * The browser's API client: supabase-js on the `api` schema, created lazily
 * (never at module load, so a build without keys still prerenders).
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { readPublicEnv } from '../env.ts';

let client: SupabaseClient<any, 'api'> | undefined;

/** Same origin as the page when PUBLIC_SUPABASE_URL is empty (the local stack's proxy). */
function apiBaseUrl(configured: string): string {
  if (configured) return configured;
  if (typeof window === 'undefined')
    throw new Error('PUBLIC_SUPABASE_URL is required outside the browser');
  return window.location.origin;
}

export function apiClient(): SupabaseClient<any, 'api'> {
  if (!client) {
    const env = readPublicEnv();
    client = createClient(apiBaseUrl(env.PUBLIC_SUPABASE_URL), env.PUBLIC_SUPABASE_ANON_KEY, {
      db: { schema: 'api' },
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
  }
  return client;
}

/** An RPC failure with the database's message (the trusted layer's words). */
export class ApiError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}
