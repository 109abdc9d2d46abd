import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLiteral, seedMigrations, SUPERSEDED_SEEDS } from './seed-migrations.ts';
import { MIGRATIONS_DIR } from './stack.ts';

describe('seed migrations', () => {
  for (const { file, sql } of seedMigrations()) {
    it(`${file} is exactly what surveys/ generates (run \`npm run db:seeds\` after editing a data file)`, () => {
      expect(readFileSync(join(MIGRATIONS_DIR, file), 'utf8')).toBe(sql);
    });
  }

  for (const [file, sha256] of Object.entries(SUPERSEDED_SEEDS)) {
    it(`${file} has landed and stays as it was (a changed data file gets a new seed migration)`, () => {
      const landed = readFileSync(join(MIGRATIONS_DIR, file));
      expect(createHash('sha256').update(landed).digest('hex')).toBe(sha256);
    });
  }

  it('quotes JSON so that it round-trips', () => {
    const value = { text: 'it\'s $x$ and "quoted"', list: [1, 2] };
    const literal = jsonLiteral(value, 'seed');
    expect(JSON.parse(literal.slice('$seed$'.length, -'$seed$::jsonb'.length))).toEqual(value);
    expect(() => jsonLiteral({ text: '$seed$' }, 'seed')).toThrow(/contains \$seed\$/);
  });
});
