/**
 * `/research/packages/<label>.zip`: the data package of a public benchmark
 * edition (issue 16), built once by the same streaming export as
 * `npm run edition -- export` and kept in the data folder. An edition never
 * changes, so its package never does; a private edition's is never served.
 */
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { exportEditionPackage } from './edition-package.ts';

export const PACKAGE_PREFIX = '/research/packages/';
const PACKAGE_PATH = /^\/research\/packages\/([0-9A-Za-z][0-9A-Za-z._-]{0,39})\.zip$/;

export type TPackageOptions = {
  /** A connection string that may run the export (the stack's superuser). */
  databaseUrl: string;
  /** Where built packages are kept. */
  cacheDir: string;
};

type TEditionSummary = { label: string; access: string; sha256: string };

function refuse(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/** A handler for the package paths; other paths are not its business. */
export function createPackageHandler(options: TPackageOptions) {
  /** Packages that could not be built, and until when not to try again (a build is heavy). */
  const failedUntil = new Map<string, number>();
  /** One database connection at a time for all readers: waiting readers hold none, and a build runs once. */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function packageFile(label: string): Promise<string | undefined> {
    if ((failedUntil.get(label) ?? 0) > Date.now())
      throw new Error(`the package of ${label} failed recently`);
    return serially(() => buildOrFind(label)).catch((error: unknown) => {
      failedUntil.set(label, Date.now() + 10 * 60_000);
      throw error;
    });
  }

  async function buildOrFind(label: string): Promise<string | undefined> {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ editions: TEditionSummary[] }>(
        'select api.benchmark_editions() as editions',
      );
      const edition = rows[0]?.editions.find((e) => e.label === label);
      if (!edition || edition.access !== 'public') return undefined;
      const file = join(options.cacheDir, `${label}-${edition.sha256.slice(0, 16)}.zip`);
      if (existsSync(file)) return file;
      mkdirSync(options.cacheDir, { recursive: true });
      // (readers are served one at a time, so a package is built once, by the first)
      await exportEditionPackage(client, label, file);
      return file;
    } finally {
      await client.end();
    }
  }

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const label = PACKAGE_PATH.exec((request.url ?? '').split('?')[0] ?? '')?.[1];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return refuse(response, 405, 'Method not allowed');
    }
    const file = label ? await packageFile(label) : undefined;
    if (!label || !file) return refuse(response, 404, 'No public data package by that name.');
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${label}.zip"`,
      'cache-control': 'public, max-age=86400, immutable',
    });
    if (request.method === 'HEAD') return void response.end();
    // (a file removed meanwhile ends the response, never the server)
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
}
