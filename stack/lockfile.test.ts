/**
 * The lockfile as a fresh machine meets it: the machine's own npm, an empty
 * cache, nothing but package.json and package-lock.json. `npm ci --dry-run`
 * resolves every entry against the registry, so it fails exactly where a real
 * `npm ci` would (a version-less entry, a platform package missing from the lock).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './stack.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cx-lockfile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('package-lock.json', () => {
  it('has a version for every installable entry', () => {
    const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; link?: boolean }>;
    };
    const versionless = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.link && !entry.version)
      .map(([path]) => path);
    expect(versionless).toEqual([]);
  });

  it('installs with `npm ci` on a fresh machine (dry run, empty cache)', async () => {
    for (const file of ['package.json', 'package-lock.json'])
      copyFileSync(join(PROJECT_ROOT, file), join(scratch, file));
    const run = await promisify(execFile)(
      'npm',
      [
        'ci',
        '--dry-run',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--cache',
        join(scratch, 'cache'),
      ],
      { cwd: scratch, encoding: 'utf8', timeout: 60_000 },
    ).catch((error: { stdout?: string; stderr?: string; message: string }) => ({
      stdout: error.stdout ?? '',
      stderr: `${error.stderr ?? ''}\n${error.message}`,
      failed: true,
    }));
    expect('failed' in run ? run.stderr : '').toBe('');
    expect(run.stdout).toMatch(/added \d+ packages/);
  }, 90_000);
});
