import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boundedLine, boundedLogFile } from './bounded-log.ts';

const folder = mkdtempSync(join(tmpdir(), 'cx-log-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('boundedLine', () => {
  it('makes CR, LF, NUL and escapes visible and cuts long text', () => {
    expect(boundedLine('a\r\nSet-Cookie: x\u0000\u001b[31m')).toBe('a??Set-Cookie: x??[31m');
    const long = boundedLine('x'.repeat(20_000), 100);
    expect(long).toBe(`${'x'.repeat(100)}… (19900 more)`);
  });
});

describe('boundedLogFile', () => {
  it('cuts each line and rotates the file at its limit, keeping one old file', () => {
    const path = join(folder, 'postgres.log');
    const log = boundedLogFile(path, 1000, 50);
    log.write(`ERROR: ${'v'.repeat(10_000_000)}\n`);
    expect(readFileSync(path, 'utf8').length).toBeLessThan(100);
    for (let i = 0; i < 300; i += 1) log.write(`line ${i}\n`);
    expect(existsSync(`${path}.1`)).toBe(true);
    expect(readFileSync(path).length).toBeLessThanOrEqual(1000);
    expect(readFileSync(`${path}.1`).length).toBeLessThanOrEqual(1000);
    expect(readFileSync(path, 'utf8')).toContain('line 299\n');
  });
});
