import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './stack.ts';

type TLockEntry = { optionalDependencies?: Record<string, string> };

describe('package-lock.json', () => {
  it('lists every optional platform package, or `npm ci` on a fresh clone refuses it (run `npm run lockfile`)', () => {
    const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, TLockEntry>;
    };
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`])
          missing.push(`${name} (from ${path || 'root'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
