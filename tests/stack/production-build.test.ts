import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../stack/stack.ts';

const outDir = mkdtempSync(join(tmpdir(), 'cx-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run build for a static host and hosted Supabase', () => {
  it('inlines the configured project URL and anon key and writes plain static files', async () => {
    const url = 'https://abcdefghijklmnop.supabase.co';
    const key = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.hosted-project-anon-key';
    await promisify(execFile)(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          PUBLIC_SUPABASE_URL: url,
          PUBLIC_SUPABASE_ANON_KEY: key,
        },
      },
    );
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
    expect(files).toContain('index.html');
    expect(files).toContain(join('study', 'index.html'));
    const scripts = files
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(outDir, file), 'utf8'));
    expect(scripts.some((code) => code.includes(url) && code.includes(key))).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('<script');
  });
});
