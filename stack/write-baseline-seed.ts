/** `npm run db:baseline-seed`: writes the seed migration of the 2022 baseline. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baselineEdition2022 } from '../surveys/baseline/index.ts';
import { baselineSeedMigrationName, baselineSeedSql } from './baseline-seed-sql.ts';
import { MIGRATIONS_DIR } from './stack.ts';

const BASELINE_2022_SEED_VERSION = '20261123000400';

const file = join(
  MIGRATIONS_DIR,
  baselineSeedMigrationName(baselineEdition2022, BASELINE_2022_SEED_VERSION),
);
writeFileSync(file, baselineSeedSql(baselineEdition2022));
console.log(`Wrote ${file}`);
