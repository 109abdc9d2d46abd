/**
 * Every text parameter of every `api` function, read from the catalogue so a
 * new function is covered the day it lands, gets CR/LF with a header and a
 * script, a NUL, and 20 KB, over GET and POST, through the real proxy. No
 * answer may take another content type, gain a header, echo the value, or
 * fail to arrive.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { API_RESPONSE_HEADERS } from '../../stack/rest-proxy.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

type TParameter = { name: string; type: string };
type TFunction = { name: string; parameters: TParameter[] };

const HOSTILE = {
  'CR/LF with a header and a script':
    'x\r\nX-Injected: 1\r\nSet-Cookie: stolen=1\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>',
  NUL: 'before\u0000after',
  '20 KB': 'x'.repeat(20 * 1024),
};

/** Headers an API answer may carry: the proxy's own, the server's, and Node's framing. */
const ALLOWED_HEADERS = new Set([
  ...Object.keys(API_RESPONSE_HEADERS),
  'content-length',
  'content-range',
  'vary',
  'referrer-policy',
  'x-frame-options',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

/** A plausible value per parameter, so that only the hostile one is at fault. */
function plausible(parameter: TParameter): unknown {
  if (parameter.type === 'uuid') return randomUUID();
  if (parameter.type === 'jsonb') return {};
  if (parameter.type === 'integer') return 1;
  if (parameter.type.startsWith('timestamp')) return null;
  if (parameter.name.endsWith('_token')) return newToken();
  if (parameter.name === 'survey_version') return 'digital-cx-v1';
  if (parameter.name === 'language') return 'en';
  if (parameter.name === 'edition_id') return 'digital-cx-2022';
  return 'plain';
}

let functions: TFunction[] = [];
beforeAll(async () => {
  const { rows } = await api.sql.query<{ name: string; names: string[] | null; types: string[] }>(`
    select p.proname as name, p.proargnames as names,
           array(select pg_catalog.format_type(t, null) from pg_catalog.unnest(p.proargtypes) as t) as types
    from pg_catalog.pg_proc p
    where p.pronamespace = 'api'::regnamespace
    order by p.proname`);
  functions = rows.map((row) => ({
    name: row.name,
    parameters: (row.names ?? []).map((name, i) => ({ name, type: row.types[i]! })),
  }));
});

async function call(fn: string, args: Record<string, unknown>, method: 'GET' | 'POST') {
  const key = api.cluster.secrets.anonKey;
  const headers = { apikey: key, authorization: `Bearer ${key}` };
  const url = `${api.url}/rest/v1/rpc/${fn}`;
  const signal = AbortSignal.timeout(10_000); // a hung answer fails instead of stalling the run
  if (method === 'POST') {
    return fetch(url, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(args),
      signal,
    });
  }
  const query = new URLSearchParams(
    Object.entries(args)
      .filter(([, value]) => value !== null)
      .map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  return fetch(`${url}?${query}`, { headers, signal });
}

describe('hostile text in every text parameter of every api function', () => {
  it('finds the functions and their text parameters', () => {
    const textParameters = functions.flatMap((fn) =>
      fn.parameters.filter((p) => p.type === 'text').map((p) => `${fn.name}.${p.name}`),
    );
    expect(textParameters).toContain('research_baseline.edition_id');
    expect(textParameters).toContain('create_share_link.label');
    expect(textParameters.length).toBeGreaterThanOrEqual(14);
  });

  for (const method of ['GET', 'POST'] as const) {
    for (const [what, value] of Object.entries(HOSTILE)) {
      it(`${method}, ${what}: JSON only, no added header, no echo, a 4xx answer`, async () => {
        const faults: string[] = [];
        for (const fn of functions) {
          for (const target of fn.parameters.filter((p) => p.type === 'text')) {
            const args = Object.fromEntries(
              fn.parameters.map((p) => [p.name, p === target ? value : plausible(p)]),
            );
            const response = await call(fn.name, args, method);
            const body = await response.text();
            const where = `${fn.name}(${target.name}) → ${response.status}`;
            if (response.headers.get('content-type') !== API_RESPONSE_HEADERS['content-type'])
              faults.push(`${where}: content-type ${response.headers.get('content-type')}`);
            for (const name of response.headers.keys())
              if (!ALLOWED_HEADERS.has(name)) faults.push(`${where}: header ${name}`);
            if (response.status < 400 || response.status >= 500) faults.push(`${where}: status`);
            if (
              body.includes('<script') ||
              body.includes('X-Injected') ||
              body.includes('x'.repeat(200))
            )
              faults.push(`${where}: echoed ${body.slice(0, 120)}`);
            expect(() => JSON.parse(body), where).not.toThrow();
          }
        }
        expect(faults).toEqual([]);
      });
    }
  }
});
