/**
 * No request can stop the server: odd paths get 400 or 404 from the real
 * server, raw requests Node cannot parse get a JSON refusal, and the server
 * answers normally afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type TRunningHttpServer } from './http-server.ts';

const site = mkdtempSync(join(tmpdir(), 'cx-site-'));
let server: TRunningHttpServer;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(join(site, 'report'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(site, 'report', 'index.html'), '<!doctype html><title>report</title>');
  writeFileSync(join(site, '404.html'), '<!doctype html><title>not found</title>');
  server = await startHttpServer({
    siteRoot: site,
    postgrestSocket: join(site, 'no-postgrest.sock'),
    port: 0,
    host: '127.0.0.1',
    apiKeys: ['k'.repeat(40)],
    logError: (line) => errors.push(line),
  });
});
afterAll(async () => {
  await server.stop();
  rmSync(site, { recursive: true, force: true });
});

/** Sends a request line as raw bytes (fetch would normalise the path); resolves with the status. */
function rawStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`,
        'latin1',
      );
    });
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

const ODD_PATHS = [
  '/%00',
  '/report/%00.html',
  `/${'a'.repeat(300)}`,
  `/${'a/'.repeat(2000)}`,
  '/%C3%28',
  '/%FF%FE',
  '/%E0%80%AF',
  '/..%2F..%2F..%2Fetc%2Fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/report%2F..%2F..%2Fpackage.json',
  '/report%5C..%5C..%5Cpackage.json',
  '/%0D%0ASet-Cookie:%20x=1',
  '/report%0D%0ALocation:%20https://evil.example',
  '//evil.example/',
  '/report?%00',
];

describe('odd paths against the real server', () => {
  it('answers each with 400, 404 or a redirect to itself, and stays up', async () => {
    const results: string[] = [];
    for (const path of ODD_PATHS) {
      const status = await rawStatus(path);
      if (![200, 301, 400, 404].includes(status)) results.push(`${path.slice(0, 60)} → ${status}`);
    }
    expect(results).toEqual([]);
    expect((await fetch(`${server.url}/report/`)).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('survives 500 random byte paths', async () => {
    const unexpected: string[] = [];
    for (let i = 0; i < 500; i += 1) {
      const bytes = randomBytes(1 + (i % 40));
      const path = `/${[...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`;
      const status = await rawStatus(path);
      if (![200, 301, 400, 404].includes(status)) unexpected.push(`${path} → ${status}`);
    }
    expect(unexpected).toEqual([]);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('refuses a request line Node cannot parse with JSON, and stays up', async () => {
    expect(await rawStatus('/a b')).toBe(400);
    expect(await rawStatus(`/${'x'.repeat(20_000)}`)).toBe(431);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });

  it('never redirects anywhere but to the same path with a slash', async () => {
    const response = await fetch(`${server.url}/report?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/report/?x=1');
  });
});
