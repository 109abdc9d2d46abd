/** One same-origin HTTP server: the built site plus the `/rest/v1` proxy. */
import { createServer, type Server } from 'node:http';
import { createRestProxy, REST_PREFIX } from './rest-proxy.ts';
import { createStaticHandler } from './static-files.ts';

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
};

export type TRunningHttpServer = { url: string; port: number; stop: () => Promise<void> };

export function startHttpServer(options: THttpServerOptions): Promise<TRunningHttpServer> {
  const serveStatic = createStaticHandler(options.siteRoot);
  const proxy = createRestProxy(options.postgrestSocket);
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const url = request.url ?? '/';
    if (url === REST_PREFIX || url.startsWith(`${REST_PREFIX}/`)) proxy(request, response);
    else serveStatic(request, response);
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
