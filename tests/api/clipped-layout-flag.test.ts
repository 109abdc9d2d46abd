/**
 * The migration that takes results collected under the clipped effort matrix
 * out of the live pool, run against a database that already holds live and
 * demo results, as a deployed one would.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../stack/migrate.ts';
import { MIGRATIONS_DIR } from '../../stack/stack.ts';
import { seedOrganisations } from '../fixtures/seed-pool.ts';
import { useScratchDatabase } from './scratch-database.ts';

const FLAGGING = '20261202000200_flag_clipped_effort_layout.sql';
const db = useScratchDatabase('clipped');

const wholePoolSize = async (pool: string) =>
  (
    await db.sql.query(
      `select organisations from private.segment_sizes
       where pool = $1 and industry = '*' and company_size = '*' and region = '*' and business_model = '*'`,
      [pool],
    )
  ).rows[0]?.organisations ?? 0;

describe(FLAGGING, () => {
  it('flags earlier live results and takes them out of the pool; demo results and new ones stay', async () => {
    const before = mkdtempSync(join(tmpdir(), 'migrations-before-'));
    for (const file of readdirSync(MIGRATIONS_DIR).filter((name) => name < FLAGGING))
      cpSync(join(MIGRATIONS_DIR, file), join(before, file));
    await applyMigrations(db.url, before);

    await seedOrganisations(
      db.sql,
      [40, 45, 50, 55, 60].map((score) => ({ score })),
    );
    await seedOrganisations(
      db.sql,
      [70, 72, 74, 76, 80].map((score) => ({ score, pool: 'demo' as const })),
    );
    await db.sql.query('select private.apply_queued_rollups()');
    expect(await wholePoolSize('live')).toBe(5);

    await applyMigrations(db.url, MIGRATIONS_DIR);
    await db.sql.query('select private.apply_queued_rollups()');
    expect(await wholePoolSize('live')).toBe(0);
    expect(await wholePoolSize('demo')).toBe(5);
    const flags = await db.sql.query(
      'select pool, effort_layout_clipped as flagged, count(*)::int as n from private.responses group by 1, 2 order by 1',
    );
    expect(flags.rows).toEqual([
      { pool: 'demo', flagged: false, n: 5 },
      { pool: 'live', flagged: true, n: 5 },
    ]);
    const bins = await db.sql.query(
      "select coalesce(sum(organisations), 0)::int as n from private.segment_score_bins where pool = 'live'",
    );
    expect(bins.rows[0].n).toBe(0);

    // new results join in a batch of k (20261202002050)
    await seedOrganisations(
      db.sql,
      [51, 52, 53, 54, 55].map((score) => ({ score })),
    );
    await db.sql.query('select private.apply_queued_rollups()');
    expect(await wholePoolSize('live')).toBe(5);
  });
});
