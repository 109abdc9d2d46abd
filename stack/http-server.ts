/**
 * One same-origin HTTP server: the built site plus the `/rest/v1` proxy.
 * No request can stop it: each is answered inside one guard that logs an
 * unexpected error (bounded) and answers 500, and malformed requests that
 * never reach a handler get a plain 400 or 431.
 */
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { proxyError, PROXY_ERRORS } from './api-errors.ts';
import {
  API_RESPONSE_HEADERS,
  createRestProxy,
  REST_PREFIX,
  type TRestProxyOptions,
} from './rest-proxy.ts';
import { createStaticHandler } from './static-files.ts';
import { createPackageHandler, PACKAGE_PREFIX, type TPackageOptions } from './research-packages.ts';
import { boundedLine } from './bounded-log.ts';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export type THttpServerOptions = {
  siteRoot: string;
  postgrestSocket: string;
  port: number;
  host: string;
  /** Keys the API accepts in `apikey` (the stack's anon and service-role keys). */
  apiKeys: TRestProxyOptions['apiKeys'];
  /** Other origins whose browsers may call the API (`API_ALLOWED_ORIGINS`); none by default. */
  allowedOrigins?: TRestProxyOptions['allowedOrigins'];
  /** Public research data packages (`/research/packages/…`); none without. */
  packages?: TPackageOptions;
  /** Where unexpected errors are reported; stderr by default. */
  logError?: (line: string) => void;
};

export type TRunningHttpServer = { url: string; port: number; stop: () => Promise<void> };

/** Answers a request that a handler failed on, without ever throwing itself. */
function answerFailure(response: ServerResponse): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Internal server error');
}

export function startHttpServer(options: THttpServerOptions): Promise<TRunningHttpServer> {
  const serveStatic = createStaticHandler(options.siteRoot);
  const proxy = createRestProxy({
    socketPath: options.postgrestSocket,
    apiKeys: options.apiKeys,
    allowedOrigins: options.allowedOrigins ?? [],
  });
  const logError = options.logError ?? ((line: string) => console.error(line));
  const servePackage = options.packages ? createPackageHandler(options.packages) : undefined;
  const failed = (request: IncomingMessage, response: ServerResponse) => (error: unknown) => {
    logError(boundedLine(`Unexpected error on ${request.method} ${request.url}: ${String(error)}`));
    answerFailure(response);
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    try {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
      const url = request.url ?? '/';
      if (url === REST_PREFIX || url.startsWith(`${REST_PREFIX}/`)) proxy(request, response);
      else if (servePackage && url.startsWith(PACKAGE_PREFIX))
        servePackage(request, response).catch(failed(request, response));
      else serveStatic(request, response);
    } catch (error) {
      failed(request, response)(error);
    }
  };
  const server: Server = createServer(handle);
  // Requests Node cannot parse (header overflow, bad framing) never reach a handler:
  // answer them as the API answers its refusals, in JSON, and close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return;
    const code = error.code === 'HPE_HEADER_OVERFLOW' ? 'headers_too_large' : 'invalid_request';
    const body = JSON.stringify(proxyError(code));
    const head = [
      `HTTP/1.1 ${PROXY_ERRORS[code][0]} ${STATUS_CODES[PROXY_ERRORS[code][0]]}`,
      ...Object.entries(API_RESPONSE_HEADERS).map(([name, value]) => `${name}: ${value}`),
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host: options.host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const shownHost = options.host === '0.0.0.0' ? 'localhost' : options.host;
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        stop: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
