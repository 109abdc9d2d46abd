/**
 * Builds the static site for the local stack, with its anon key inlined and
 * the API on the same origin. A stamp of the inputs skips the build when
 * nothing changed since the last one.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const INPUTS = [
  'src',
  'public',
  'surveys',
  'astro.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];
const STAMP_FILE = '.build-stamp';

function collect(path: string, into: string[]): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), into);
  } else {
    into.push(`${path}:${stat.size}:${stat.mtimeMs}`);
  }
}

function stampOf(anonKey: string): string {
  const lines: string[] = [anonKey];
  for (const input of INPUTS) collect(join(PROJECT_ROOT, input), lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export type TSiteBuildOptions = {
  outDir: string;
  anonKey: string;
  force?: boolean;
  log?: (line: string) => void;
};

/** Returns true when it built, false when the existing build was current. */
export async function buildSite(options: TSiteBuildOptions): Promise<boolean> {
  const stampPath = join(options.outDir, STAMP_FILE);
  const stamp = stampOf(options.anonKey);
  if (!options.force && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp)
    return false;
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', options.outDir], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PUBLIC_SUPABASE_URL: '',
        PUBLIC_SUPABASE_ANON_KEY: options.anonKey,
      },
    });
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      options.log?.(chunk.toString());
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', fail);
    child.once('exit', done);
  });
  if (code !== 0) throw new Error(`The site build failed:\n${output.join('').slice(-4000)}`);
  writeFileSync(stampPath, stamp);
  return true;
}

/**
 * For `--skip-build`: whether `siteRoot` holds a site built for this stack.
 * Returns false when there is no site at all (the stack then serves the API
 * only); throws, saying what to run, when the site's scripts lack this
 * stack's anon key (a plain `npm run build`, or a build for another data folder),
 * because every page that calls the API would fail.
 */
export function assertSiteBuiltFor(siteRoot: string, anonKey: string): boolean {
  if (!existsSync(join(siteRoot, 'index.html'))) return false;
  const scripts = join(siteRoot, '_astro');
  const names = existsSync(scripts)
    ? readdirSync(scripts).filter((name) => name.endsWith('.js'))
    : [];
  if (names.some((name) => readFileSync(join(scripts, name), 'utf8').includes(anonKey)))
    return true;
  throw new Error(
    `${siteRoot} was not built for this local stack: its scripts do not carry the stack's anon key ` +
      '(a plain `npm run build`, or a build for another DATA_DIR), so every page that calls the API ' +
      'would fail. Run `npm start` without --skip-build once; it builds the site for this stack.',
  );
}
