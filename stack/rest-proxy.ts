/**
 * Same-origin `/rest/v1/*` proxy to PostgREST's unix socket, so the browser
 * talks to the local stack exactly as supabase-js talks to hosted Supabase.
 */
import { request as forward, type IncomingMessage, type ServerResponse } from 'node:http';

export const REST_PREFIX = '/rest/v1';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

function forwardableHeaders(request: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  return headers;
}

export function createRestProxy(socketPath: string) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const path = (request.url ?? '/').slice(REST_PREFIX.length) || '/';
    const upstream = forward(
      { socketPath, path, method: request.method, headers: forwardableHeaders(request) },
      (reply) => {
        const headers = { ...reply.headers };
        delete headers.connection;
        delete headers['transfer-encoding'];
        response.writeHead(reply.statusCode ?? 502, headers);
        reply.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            message: 'The database API is not reachable; is the local stack running?',
          }),
        );
      } else {
        response.destroy();
      }
    });
    request.pipe(upstream);
  };
}
