/**
 * The public package route (`/research/packages/<label>.zip`) against a real
 * database, as a scripted visitor meets it: private and unknown editions are
 * 404, a public one is built once and kept under its data.csv's recorded
 * SHA-256, and a flood of requests builds it once, queues a few and turns the
 * rest away with 503, never piling up.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackageHandler } from '../../stack/research-packages.ts';
import { releaseQueued, resetBenchmarks, seedOrganisation } from '../fixtures/seed-pool.ts';
import { useIsolatedApi } from './isolated-api.ts';
import { clusterUrl } from './test-cluster.ts';

const api = useIsolatedApi();
let server: Server;
let origin = '';
let cacheDir = '';

beforeAll(async () => {
  await resetBenchmarks(api.sql);
  for (let i = 0; i < 12; i += 1) {
    const { id } = await seedOrganisation(api.sql, {
      score: 20 + i * 5,
      industry: i % 2 ? 'insurance' : 'retail_ecommerce',
    });
    await api.sql.query('update private.responses set research_consent = true where id = $1', [id]);
  }
  while ((await releaseQueued(api.sql)) > 0);
  await api.sql.query(`select private.freeze_edition('2026-H2')`);
  await api.sql.query(`select private.set_edition_access('2026-H2', 'public')`);

  cacheDir = mkdtempSync(join(tmpdir(), 'packages-'));
  const handler = createPackageHandler({
    databaseUrl: clusterUrl(api.cluster, api.database),
    cacheDir,
  });
  server = createServer((request, response) => void handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('the public package route', () => {
  it('answers 404 for an unknown edition and for a private one', async () => {
    expect((await fetch(`${origin}/research/packages/nope.zip`)).status).toBe(404);
    expect((await fetch(`${origin}/research/packages/..%2F..%2Fsecrets.zip`)).status).toBe(404);
    expect(
      (await fetch(`${origin}/research/packages/2026-H2.zip`, { method: 'POST' })).status,
    ).toBe(405);
  });

  it('builds a public package once under a flood, queues a few and turns the rest away', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => fetch(`${origin}/research/packages/2026-H2.zip`)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    // one builds, eight wait for it, the rest are told to come back
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(9);
    const busy = responses.find((r) => r.status === 503);
    expect(busy?.headers.get('retry-after')).toBe('30');
    const bodies = await Promise.all(
      responses
        .filter((r) => r.status === 200)
        .map(async (r) => Buffer.from(await r.arrayBuffer())),
    );
    const digests = new Set(bodies.map((b) => createHash('sha256').update(b).digest('hex')));
    expect(digests.size).toBe(1);
    // kept under the recorded data digest, and nothing half-built left behind
    const { rows } = await api.sql.query(
      `select d.data_sha256 from private.edition_package_digests d
       join private.benchmark_editions e on e.id = d.edition_id where e.label = '2026-H2'`,
    );
    expect(readdirSync(cacheDir)).toEqual([`2026-H2-${rows[0].data_sha256.slice(0, 16)}.zip`]);
    // and then served from the file to everyone
    const again = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${origin}/research/packages/2026-H2.zip`)),
    );
    expect(again.map((r) => r.status)).toEqual(again.map(() => 200));
  });

  it('stops serving a package once its edition is private again (after the list is read again)', async () => {
    await api.sql.query(`select private.set_edition_access('2026-H2', 'private')`);
    // a fresh handler reads the list anew; the running one within 30 seconds
    const handler = createPackageHandler({
      databaseUrl: clusterUrl(api.cluster, api.database),
      cacheDir,
    });
    const fresh = createServer((request, response) => void handler(request, response));
    await new Promise<void>((resolve) => fresh.listen(0, '127.0.0.1', resolve));
    try {
      const port = (fresh.address() as AddressInfo).port;
      expect((await fetch(`http://127.0.0.1:${port}/research/packages/2026-H2.zip`)).status).toBe(
        404,
      );
    } finally {
      await new Promise((resolve) => fresh.close(resolve));
      await api.sql.query(`select private.set_edition_access('2026-H2', 'public')`);
    }
  });
});
