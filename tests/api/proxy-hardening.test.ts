/**
 * The API's front door against a caller who reads the code and scripts the
 * API: size limits before forwarding, other websites refused, only listed
 * headers passed on, no internals in errors, and no weak or reused tokens.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { startHttpServer, type TRunningHttpServer } from '../../stack/http-server.ts';
import { API_RESPONSE_HEADERS, MAX_BODY_BYTES, MAX_URL_LENGTH } from '../../stack/rest-proxy.ts';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import { completeAnswers } from '../fixtures/answer-sets.ts';
import { seedOrganisation } from '../fixtures/seed-pool.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();
const servers: TRunningHttpServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
});

const keyHeaders = () => ({
  apikey: api.cluster.secrets.anonKey,
  authorization: `Bearer ${api.cluster.secrets.anonKey}`,
});

function post(fn: string, body: string | object, headers: Record<string, string> = {}) {
  return fetch(`${api.url}/rest/v1/rpc/${fn}`, {
    method: 'POST',
    headers: { ...keyHeaders(), 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function submission(overrides: object = {}) {
  return {
    response_id: randomUUID(),
    survey_version: assessmentV1Spec.version,
    language: 'en',
    answers: completeAnswers(assessmentV1Spec),
    report_token: newToken(),
    ...overrides,
  };
}

async function extraServer(options: { socket?: string; allowedOrigins?: string[] } = {}) {
  const server = await startHttpServer({
    siteRoot: join(api.cluster.root, 'no-site'),
    postgrestSocket: options.socket ?? api.postgrestSocket,
    port: 0,
    host: '127.0.0.1',
    apiKeys: [api.cluster.secrets.anonKey],
    allowedOrigins: options.allowedOrigins ?? [],
  });
  servers.push(server);
  return server;
}

describe('size limits, before anything is forwarded', () => {
  it('passes the largest legitimate submission on to the database', async () => {
    // 60 KB of free text: under the proxy's limit, so the database's own rule decides.
    const answers = {
      ...completeAnswers(assessmentV1Spec),
      automation_priorities_other: 'é'.repeat(30_000),
    };
    const response = await post('submit_response', submission({ answers }));
    expect(response.status).toBe(400);
    expect((await response.json()).hint).toBe('invalid_answers');
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const big = JSON.stringify({ report_token: 'x'.repeat(MAX_BODY_BYTES) });
    const declared = await post('response_report', big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ hint: 'request_too_large' });

    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${api.url}/rest/v1/rpc/response_report`);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            ...keyHeaders(),
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
          },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i += 1) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).hint).toBe('request_too_large');
  });

  it('refuses a URL over the limit with 414, and oversized headers with 431, both in JSON', async () => {
    const long = await fetch(
      `${api.url}/rest/v1/rpc/research_baseline?edition_id=${'a'.repeat(MAX_URL_LENGTH)}`,
      { headers: keyHeaders() },
    );
    expect(long.status).toBe(414);
    expect(long.headers.get('content-type')).toBe(API_RESPONSE_HEADERS['content-type']);

    const huge = await fetch(`${api.url}/rest/v1/rpc/research_baseline`, {
      headers: { ...keyHeaders(), 'x-padding': 'p'.repeat(20_000) },
    });
    expect(huge.status).toBe(431);
    expect((await huge.json()).hint).toBe('headers_too_large');
  });
});

describe('other websites and the apikey', () => {
  it('refuses a browser call from another origin and never answers with a wildcard', async () => {
    const foreign = await fetch(`${api.url}/rest/v1/rpc/research_baseline`, {
      headers: { ...keyHeaders(), origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    const own = await fetch(`${api.url}/rest/v1/rpc/research_baseline`, {
      headers: { ...keyHeaders(), origin: api.url },
    });
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a configured origin call it, preflight included', async () => {
    const server = await extraServer({ allowedOrigins: ['https://partner.example'] });
    const preflight = await fetch(`${server.url}/rest/v1/rpc/research_baseline`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const call = await fetch(`${server.url}/rest/v1/rpc/research_baseline`, {
      headers: { ...keyHeaders(), origin: 'https://partner.example' },
    });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const other = await fetch(`${server.url}/rest/v1/rpc/research_baseline`, {
      method: 'OPTIONS',
      headers: { origin: 'https://other.example' },
    });
    expect(other.status).toBe(403);
  });
});

describe('what comes back from upstream', () => {
  it('passes only listed headers: a function that sets cookies and headers gets neither through', async () => {
    await api.sql.query(`
      create function api.sets_headers() returns integer language plpgsql as $$
      begin
        perform pg_catalog.set_config('response.headers',
          '[{"Set-Cookie": "session=stolen"}, {"X-Evil": "1"}, {"Content-Type": "text/html"}]', true);
        return 1;
      end;
      $$;
      grant execute on function api.sets_headers() to anon;
      notify pgrst, 'reload schema';`);
    let response = await post('sets_headers', {});
    for (let tries = 0; response.status === 404 && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // PostgREST reloads its schema cache
      response = await post('sets_headers', {});
    }
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-evil')).toBeNull();
    expect(response.headers.get('content-type')).toBe(API_RESPONSE_HEADERS['content-type']);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('never shows internals: constraint names, hashes, settings, sockets', async () => {
    const owner = await seedOrganisation(api.sql, { score: 50 });
    const shareToken = newToken();
    expect(
      (
        await post('create_share_link', {
          report_token: owner.reportToken,
          share_token: shareToken,
        })
      ).status,
    ).toBe(200);
    const again = await post('create_share_link', {
      report_token: owner.reportToken,
      share_token: shareToken,
    });
    const againBody = await again.text();
    expect(JSON.parse(againBody).hint).toBe('token_in_use');
    expect(againBody).not.toMatch(/constraint|share_links|token_hash|\\x/);

    const deep = `{"report_token": "${newToken()}", "segment": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const nested = await post('benchmark_report', deep);
    const nestedBody = await nested.text();
    expect(nested.status, nestedBody).toBe(413); // PostgREST's status for SQLSTATE 54001
    expect(JSON.parse(nestedBody).code).toBe('54001');
    expect(nestedBody).not.toMatch(/max_stack_depth|stack depth/i);

    const down = await extraServer({ socket: join(api.cluster.root, 'no-such.sock') });
    const outage = await fetch(`${down.url}/rest/v1/rpc/research_baseline`, {
      headers: keyHeaders(),
    });
    const outageBody = await outage.text();
    expect(outage.status).toBe(503);
    expect(JSON.parse(outageBody).hint).toBe('service_unavailable');
    expect(outageBody).not.toMatch(/sock|127\.0\.0\.1|ENOENT|ECONNREFUSED/);
  });
});

describe("token strength is the database's rule", () => {
  it('refuses trivially weak tokens', async () => {
    for (const weak of [
      'A'.repeat(43),
      'abcd'.repeat(10) + 'abc',
      '0123456789'.repeat(4) + '012',
    ]) {
      const response = await post('response_report', { report_token: weak });
      expect((await response.json()).hint, weak).toBe('weak_token');
    }
  });

  it('refuses a share token equal to any other token, and a report token equal to its draft token', async () => {
    const owner = await seedOrganisation(api.sql, { score: 50 });
    const other = await seedOrganisation(api.sql, { score: 60 });
    for (const reused of [owner.reportToken, other.reportToken]) {
      const response = await post('create_share_link', {
        report_token: owner.reportToken,
        share_token: reused,
      });
      expect((await response.json()).hint).toBe('token_in_use');
    }
    const token = newToken();
    const response = await post(
      'submit_response',
      submission({ report_token: token, draft_token: token }),
    );
    expect((await response.json()).hint).toBe('token_in_use');
    const taken = await post('submit_response', submission({ report_token: other.reportToken }));
    expect((await taken.json()).hint).toBe('token_in_use');
  });
});
