/**
 * Turns a validated baseline data file into a seed migration, so the data
 * file stays the one source of truth and the migration deploys unchanged to
 * hosted Supabase. A test keeps the committed migration in step with the file.
 */
import type { TBaselineEdition } from '../surveys/baseline/index.ts';

const QUOTE = '$baseline$';

export function baselineSeedMigrationName(edition: TBaselineEdition, version: string): string {
  return `${version}_seed_baseline_${edition.id.replaceAll('-', '_')}.sql`;
}

export function baselineSeedSql(edition: TBaselineEdition): string {
  const json = JSON.stringify(edition, null, 2);
  if (json.includes(QUOTE)) throw new Error(`The baseline data contains ${QUOTE}`);
  return [
    `-- Seed: research baseline edition ${edition.id} (${edition.title}, ${edition.year}, n = ${edition.sampleSize}).`,
    '-- Generated from surveys/baseline by `npm run db:baseline-seed`; do not edit by hand.',
    '',
    `select private.load_baseline_edition(${QUOTE}${json}${QUOTE}::jsonb);`,
    '',
  ].join('\n');
}
