/**
 * Same-origin `/rest/v1/*` proxy to PostgREST's unix socket, so the browser
 * talks to the local stack exactly as supabase-js talks to hosted Supabase.
 *
 * It is the API's front door, and trusts nothing upstream: it forwards an
 * allow-list of request headers, requires the site's apikey (as Supabase's
 * gateway does), refuses other websites' browsers unless their origin is
 * allowed, refuses oversized requests before forwarding, and answers JSON
 * only, with an allow-list of upstream headers and error bodies rewritten by
 * `publicApiError`. Nothing a caller sent reaches a status line or a header.
 */
import { timingSafeEqual } from 'node:crypto';
import { request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { proxyError, publicApiError, type TProxyErrorCode, PROXY_ERRORS } from './api-errors.ts';

export const REST_PREFIX = '/rest/v1';

/**
 * The largest body the API accepts. The largest legitimate requests are a
 * workspace's logo (at most 200 KB, which base64 makes 273,068 characters,
 * plus the other brand fields) and a submission (answers of at most 64 KB,
 * which JSON escaping can at most double).
 */
export const MAX_BODY_BYTES = 320 * 1024;
/** supabase-js puts RPC arguments of GET calls in the query; none needs more. */
export const MAX_URL_LENGTH = 4096;
/** A JWT in `authorization` or `apikey` is a few hundred bytes. */
const MAX_HEADER_LENGTH = 4096;
const UPSTREAM_TIMEOUT_MS = 30_000;

/** Request headers PostgREST needs; nothing else is forwarded. */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'apikey',
  'authorization',
  'content-type',
  'content-length',
  'prefer',
  'range',
  'accept-profile',
  'content-profile',
];
/** Upstream response headers a caller may see; content-type is always set by the proxy. */
const PASSED_RESPONSE_HEADERS = ['content-range', 'preference-applied', 'range-unit'];
const JSON_ACCEPT = /^application\/(json|vnd\.pgrst\.object\+json)\b/;

/** Sent on every API response: it is data, never a page. */
export const API_RESPONSE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};
const CORS_ALLOWED_HEADERS = 'apikey, authorization, content-type, prefer, range, x-client-info';

export type TRestProxyOptions = {
  socketPath: string;
  /** Keys accepted in the `apikey` header (the anon and service-role keys). */
  apiKeys: readonly string[];
  /** Origins besides the page's own whose browsers may call the API (CORS). */
  allowedOrigins: readonly string[];
};

function keyMatches(given: string, keys: readonly string[]): boolean {
  const offered = Buffer.from(given);
  return keys.some((key) => {
    const expected = Buffer.from(key);
    return expected.length === offered.length && timingSafeEqual(expected, offered);
  });
}

/** The request's origin if it is a browser's cross-origin call, else undefined. */
function foreignOrigin(request: IncomingMessage): string | undefined {
  const origin = request.headers.origin;
  if (!origin) return undefined;
  try {
    if (new URL(origin).host === request.headers.host) return undefined;
  } catch {
    return origin;
  }
  return origin;
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  if (response.headersSent) {
    // An answer is already under way (or sent): cut it off if unfinished, never write a second.
    if (!response.writableEnded) response.destroy();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...API_RESPONSE_HEADERS,
    ...extra,
    'content-length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}

function refuse(
  response: ServerResponse,
  code: TProxyErrorCode,
  extra?: Record<string, string>,
): void {
  sendJson(response, PROXY_ERRORS[code][0], proxyError(code), extra);
}

function forwardedHeaders(request: IncomingMessage): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value !== 'string') continue;
    if (value.length > MAX_HEADER_LENGTH) return undefined;
    headers[name] = value;
  }
  if (!JSON_ACCEPT.test(headers.accept ?? '')) headers.accept = 'application/json';
  headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
  return headers;
}

export function createRestProxy(options: TRestProxyOptions) {
  const allowed = new Set(options.allowedOrigins);
  return (request: IncomingMessage, response: ServerResponse): void => {
    const origin = foreignOrigin(request);
    if (origin !== undefined && !allowed.has(origin)) return refuse(response, 'origin_not_allowed');
    const cors = corsHeaders(origin);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': CORS_ALLOWED_HEADERS,
        'access-control-max-age': '600',
      });
      response.end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'POST')
      return refuse(response, 'method_not_allowed', { ...cors, allow: 'GET, POST' });
    const url = request.url ?? '/';
    if (url.length > MAX_URL_LENGTH) return refuse(response, 'url_too_long', cors);
    const headers = forwardedHeaders(request);
    if (!headers) return refuse(response, 'headers_too_large', cors);
    if (!headers.apikey || !keyMatches(headers.apikey, options.apiKeys))
      return refuse(response, 'invalid_api_key', cors);
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return refuse(response, 'request_too_large', cors);

    const upstream = forward(
      {
        socketPath: options.socketPath,
        path: url.slice(REST_PREFIX.length) || '/',
        method: request.method,
        headers,
        timeout: UPSTREAM_TIMEOUT_MS,
      },
      (reply) => {
        const status = reply.statusCode ?? 502;
        if (status >= 400) {
          // Error bodies are small; read at most 16 KB and rewrite them.
          const chunks: Buffer[] = [];
          let size = 0;
          reply.on('data', (chunk: Buffer) => {
            if (size < 16_384) chunks.push(chunk);
            size += chunk.length;
          });
          reply.on('end', () =>
            sendJson(
              response,
              status,
              publicApiError(status, Buffer.concat(chunks).toString('utf8')),
              cors,
            ),
          );
          reply.on('error', () => refuse(response, 'service_unavailable', cors));
          return;
        }
        const passed: Record<string, string> = {};
        for (const name of PASSED_RESPONSE_HEADERS) {
          const value = reply.headers[name];
          if (typeof value === 'string') passed[name] = value;
        }
        response.writeHead(status, { ...API_RESPONSE_HEADERS, ...cors, ...passed });
        reply.pipe(response);
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
    upstream.on('error', (error) =>
      refuse(
        response,
        error.message === 'upstream timeout' ? 'timeout' : 'service_unavailable',
        cors,
      ),
    );

    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_BODY_BYTES) {
        request.unpipe(upstream);
        upstream.destroy();
        refuse(response, 'request_too_large', { ...cors, connection: 'close' });
        request.resume();
      }
    });
    request.pipe(upstream);
  };
}
