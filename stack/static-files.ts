/**
 * Serves the built site from memory-cached, pre-compressed copies: brotli or
 * gzip by Accept-Encoding, long-lived caching for fingerprinted assets,
 * revalidation for HTML.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { contentSecurityPolicy } from './content-security-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.webmanifest',
]);

/** Longer paths are never files of the site; the OS would refuse them anyway. */
const MAX_PATH_LENGTH = 1024;

/** A path's stat, or undefined when it does not exist or the OS refuses to look it up. */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

type TEntry = {
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  type: string;
  etag: string;
  cacheControl: string;
  /** HTML pages only: the policy allowing exactly their inline scripts. */
  policy?: string;
};

function cacheControlFor(urlPath: string, extension: string): string {
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (extension === '.html') return 'no-cache';
  return 'public, max-age=3600';
}

function load(file: string, urlPath: string): TEntry {
  const body = readFileSync(file);
  const extension = extname(file);
  const entry: TEntry = {
    body,
    type: TYPES[extension] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    cacheControl: cacheControlFor(urlPath, extension),
    ...(extension === '.html' ? { policy: contentSecurityPolicy(body.toString('utf8')) } : {}),
  };
  if (COMPRESSIBLE.has(extension) && body.length > 512) {
    entry.br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    entry.gzip = gzipSync(body, { level: 9 });
  }
  return entry;
}

function pickEncoding(request: IncomingMessage, entry: TEntry): ['br' | 'gzip' | null, Buffer] {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (entry.br && /\bbr\b/.test(accepted)) return ['br', entry.br];
  if (entry.gzip && /\bgzip\b/.test(accepted)) return ['gzip', entry.gzip];
  return [null, entry.body];
}

/** Returns a request handler for the folder `root` (the Astro `dist/`). */
export function createStaticHandler(siteRoot: string) {
  const root = resolve(siteRoot);
  const cache = new Map<string, TEntry>();

  const resolveFile = (urlPath: string): { file: string; redirect?: true } | null => {
    if (urlPath.length > MAX_PATH_LENGTH || urlPath.split('/').some((s) => s.length > 255))
      return null;
    const candidate = normalize(join(root, urlPath));
    if (candidate !== root && !candidate.startsWith(root + sep)) return null;
    const stat = statOrNothing(candidate);
    if (stat?.isFile()) return { file: candidate };
    if (stat?.isDirectory()) {
      if (!urlPath.endsWith('/')) return { file: '', redirect: true };
      const index = join(candidate, 'index.html');
      return statOrNothing(index)?.isFile() ? { file: index } : null;
    }
    return null;
  };

  const entryFor = (file: string, urlPath: string): TEntry => {
    let entry = cache.get(file);
    if (!entry) {
      entry = load(file, urlPath);
      cache.set(file, entry);
    }
    return entry;
  };

  return (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      urlPath = '\0'; // not UTF-8: refused below like a NUL
    }
    if (urlPath.includes('\0')) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const found = resolveFile(urlPath);
    if (found?.redirect) {
      // The encoded path, so the Location header carries exactly what the client sent.
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const notFound = !found;
    const file = found?.file ?? join(root, '404.html');
    if (notFound && !statOrNothing(file)?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const entry = entryFor(file, notFound ? '/404.html' : urlPath);
    if (!notFound && request.headers['if-none-match'] === entry.etag) {
      response.writeHead(304, { etag: entry.etag, 'cache-control': entry.cacheControl }).end();
      return;
    }
    const [encoding, body] = pickEncoding(request, entry);
    response.writeHead(notFound ? 404 : 200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': notFound ? 'no-cache' : entry.cacheControl,
      etag: entry.etag,
      vary: 'Accept-Encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...(entry.policy ? { 'content-security-policy': entry.policy } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
