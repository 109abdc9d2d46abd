import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertSiteBuiltFor } from './site-build.ts';

const root = mkdtempSync(join(tmpdir(), 'cx-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, script: string): string {
  const folder = join(root, name);
  mkdirSync(join(folder, '_astro'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<!doctype html>');
  writeFileSync(join(folder, '_astro', 'client.js'), script);
  return folder;
}

describe('assertSiteBuiltFor (npm start -- --skip-build)', () => {
  const key = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.this-stack';

  it("accepts a site whose scripts carry this stack's anon key", () => {
    expect(assertSiteBuiltFor(site('ours', `const k="${key}";`), key)).toBe(true);
  });

  it('reports no site when the folder holds none', () => {
    expect(assertSiteBuiltFor(join(root, 'absent'), key)).toBe(false);
  });

  it('refuses a plain build and a build for another stack, saying what to run', () => {
    for (const script of ['const k="";', 'const k="eyJ.other-stack";']) {
      expect(() => assertSiteBuiltFor(site('plain', script), key)).toThrow(
        /was not built for this local stack.*Run `npm start` without --skip-build once/,
      );
    }
  });
});
