/**
 * `/research/packages/<label>.zip`: the data package of a public benchmark
 * edition (issue 16), built by the same streaming export as
 * `npm run edition -- export` and kept in the data folder under its data.csv's
 * recorded SHA-256, so a file built from other data is never served as this
 * edition's. A private edition's is never served.
 *
 * Open to anyone, so it is cheap to ask: the list of editions is read at most
 * once per LIST_TTL_MS and shared by all requests, a label not public in it is
 * answered 404 without the database, one build runs at a time, at most
 * MAX_WAITING requests wait for one (the rest get 503), and a build that
 * failed is not tried again for FAILED_RETRY_MS.
 */
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { exportEditionPackage } from './edition-package.ts';

export const PACKAGE_PREFIX = '/research/packages/';
const PACKAGE_PATH = /^\/research\/packages\/([0-9A-Za-z][0-9A-Za-z._-]{0,39})\.zip$/;
const LIST_TTL_MS = 30_000;
const MAX_WAITING = 8;
const FAILED_RETRY_MS = 10 * 60_000;

export type TPackageOptions = {
  /** A connection string that may run the export (the stack's superuser). */
  databaseUrl: string;
  /** Where built packages are kept. */
  cacheDir: string;
};

type TEditionSummary = { label: string; access: string; dataSha256: string | null };

function refuse(response: ServerResponse, status: number, text: string, retryAfter?: number): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
  });
  response.end(text);
}

/** A handler for the package paths; other paths are not its business. */
export function createPackageHandler(options: TPackageOptions) {
  const withClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  /** The public editions, read at most once per LIST_TTL_MS, one read shared by all who ask meanwhile. */
  let listed: { until: number; editions: Promise<Map<string, TEditionSummary>> } | undefined;
  const publicEditions = (): Promise<Map<string, TEditionSummary>> => {
    if (!listed || listed.until < Date.now()) {
      const editions = withClient(async (client) => {
        const { rows } = await client.query<{ editions: TEditionSummary[] }>(
          'select api.benchmark_editions() as editions',
        );
        const list = (rows[0]?.editions ?? []).filter((e) => e.access === 'public');
        return new Map(list.map((e) => [e.label, e]));
      });
      listed = { until: Date.now() + LIST_TTL_MS, editions };
      editions.catch(() => (listed = undefined));
    }
    return listed.editions;
  };

  const fileFor = (label: string, dataSha256: string) =>
    join(options.cacheDir, `${label}-${dataSha256.slice(0, 16)}.zip`);

  /** Builds are run one at a time; `waiting` counts the requests queued for one. */
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  /** Public editions whose build failed, and until when not to try again (a build is heavy). */
  const failedUntil = new Map<string, number>();

  async function build(label: string): Promise<string> {
    const partial = join(options.cacheDir, `${label}.building.zip`);
    mkdirSync(options.cacheDir, { recursive: true });
    try {
      const summary = await withClient((client) => exportEditionPackage(client, label, partial));
      const file = fileFor(label, summary.data.sha256);
      await rename(partial, file);
      listed = undefined; // the list now has its digest
      return file;
    } finally {
      await rm(partial, { force: true });
    }
  }

  /** The built file of a public edition; built now if need be (undefined: too many waiting). */
  async function packageFile(edition: TEditionSummary): Promise<string | undefined> {
    const { label, dataSha256 } = edition;
    if (dataSha256 && existsSync(fileFor(label, dataSha256))) return fileFor(label, dataSha256);
    if ((failedUntil.get(label) ?? 0) > Date.now()) throw new Error(`${label} failed recently`);
    if (waiting >= MAX_WAITING) return undefined;
    waiting += 1;
    const next = queue.then(async () => {
      waiting -= 1;
      // a build that ran while this one waited may have made it
      const built = (await publicEditions()).get(label);
      if (built?.dataSha256 && existsSync(fileFor(label, built.dataSha256))) {
        return fileFor(label, built.dataSha256);
      }
      return build(label);
    });
    queue = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      failedUntil.set(label, Date.now() + FAILED_RETRY_MS);
      throw error;
    });
  }

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return refuse(response, 405, 'Method not allowed');
    }
    const label = PACKAGE_PATH.exec((request.url ?? '').split('?')[0] ?? '')?.[1];
    if (!label) return refuse(response, 404, 'No public data package by that name.');
    let editions: Map<string, TEditionSummary>;
    try {
      editions = await publicEditions();
    } catch {
      return refuse(response, 503, 'The editions cannot be read just now; try again later.', 60);
    }
    const edition = editions.get(label);
    if (!edition) return refuse(response, 404, 'No public data package by that name.');
    let file: string | undefined;
    try {
      file = await packageFile(edition);
    } catch {
      return refuse(
        response,
        503,
        'This data package cannot be built just now; try again later.',
        600,
      );
    }
    if (!file) return refuse(response, 503, 'Busy building data packages; try again shortly.', 30);
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${label}.zip"`,
      // short: an edition made private again stops being served from caches within minutes
      'cache-control': 'public, max-age=300',
    });
    if (request.method === 'HEAD') return void response.end();
    // (a file removed meanwhile ends the response, never the server)
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
}
