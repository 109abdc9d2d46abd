import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineEdition2022 } from '../surveys/baseline/index.ts';
import { baselineSeedSql } from './baseline-seed-sql.ts';
import { MIGRATIONS_DIR } from './stack.ts';

describe('the baseline seed migration', () => {
  it('is exactly what the data file generates (run `npm run db:baseline-seed` after editing it)', () => {
    const file = readdirSync(MIGRATIONS_DIR).find((name) =>
      name.endsWith('_seed_baseline_digital_cx_2022.sql'),
    );
    expect(file).toBeDefined();
    expect(readFileSync(join(MIGRATIONS_DIR, file!), 'utf8')).toBe(
      baselineSeedSql(baselineEdition2022),
    );
  });

  it('embeds the data file as JSON that round-trips', () => {
    const sql = baselineSeedSql(baselineEdition2022);
    const json = sql.slice(sql.indexOf('$baseline$') + 10, sql.lastIndexOf('$baseline$'));
    expect(JSON.parse(json)).toEqual(baselineEdition2022);
  });
});
