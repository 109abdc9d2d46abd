/**
 * The cumulative-histogram cache behind api.benchmark_report: a report read
 * from the cache is the report rebuilt from the score bins, and any change to
 * a segment's rollups (a new organisation, a replaced result) is seen by the
 * next read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fetchBenchmarkReport, type TGroupBenchmark } from '../../src/lib/api/benchmark-report.ts';
import { seedOrganisation, seedOrganisations } from '../fixtures/seed-pool.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();
const SEGMENT = { industry: 'insurance' };

beforeEach(async () => {
  await api.sql.query(
    `truncate private.responses, private.segment_sizes, private.segment_score_bins cascade;
     update private.settings set anonymity_k = 5`,
  );
});

function overall(group: TGroupBenchmark | null) {
  if (!group?.visible) throw new Error(`group not visible: ${JSON.stringify(group)}`);
  return group.dimensions.find((d) => d.dimension === 'overall')!;
}

/** Cached rows of the whole pool's segment whose version is the segment's current one. */
async function currentCacheRows(): Promise<number> {
  const { rows } = await api.sql.query<{ rows: number }>(
    `select count(*)::integer as rows
     from private.segment_histograms h
     join private.segment_sizes s using (pool, industry, company_size, region, business_model)
     where h.version = s.version and s.pool = 'live'
       and s.industry = '*' and s.company_size = '*' and s.region = '*' and s.business_model = '*'`,
  );
  return rows[0]!.rows;
}

/** The whole pool's overall median and n straight from the raw scores. */
async function naiveOverall(): Promise<{ n: number; median: number }> {
  const { rows } = await api.sql.query<{ n: number; median: number }>(
    `select count(*)::integer as n,
            round(percentile_cont(0.5) within group (order by s.score)::numeric, 2)::float as median
     from private.organisation_results o
     join private.response_scores s on s.response_id = o.response_id and s.dimension = 'overall'`,
  );
  return rows[0]!;
}

describe('api.benchmark_report: the histogram cache', () => {
  it('stores the histograms on the first read and answers the same from the cache', async () => {
    const [mine] = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65, 80, 95].map((score) => ({ score })),
    );
    expect(await currentCacheRows()).toBe(0);
    const rebuilt = await fetchBenchmarkReport(
      { reportToken: mine!.reportToken, segment: SEGMENT },
      api.anon,
    );
    expect(await currentCacheRows()).toBe(7); // six dimensions and overall
    const cached = await fetchBenchmarkReport(
      { reportToken: mine!.reportToken, segment: SEGMENT },
      api.anon,
    );
    expect(cached).toEqual(rebuilt);
    expect(overall(cached.wholePool)).toMatchObject({ n: 6, median: 57.5, percentileRank: 8.3 });
  });

  it('sees a new organisation on the next read', async () => {
    const [mine] = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65, 80].map((score) => ({ score })),
    );
    const before = await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    expect(overall(before.wholePool)).toMatchObject({ n: 5, median: 50 });

    await seedOrganisation(api.sql, { score: 10 });
    const after = await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    expect(overall(after.wholePool)).toMatchObject({ ...(await naiveOverall()), n: 6 });
    expect(overall(after.wholePool)).toMatchObject({ median: 42.5, percentileRank: 25 });
  });

  it('sees a replaced result on the next read, though the count is unchanged', async () => {
    const organisationId = '00000000-0000-4000-8000-0000000000aa';
    const [mine] = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65].map((score) => ({ score })),
    );
    await seedOrganisation(api.sql, { score: 90, organisationId });
    const before = await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    expect(overall(before.wholePool)).toMatchObject({ n: 5, median: 50, q3: 65 });

    await seedOrganisation(api.sql, { score: 5, organisationId });
    const after = await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    expect(overall(after.wholePool)).toMatchObject({ ...(await naiveOverall()), n: 5 });
    expect(overall(after.wholePool)).toMatchObject({ median: 35, q3: 50, percentileRank: 30 });
  });

  it('answers concurrent first reads alike, each rebuilding or reading the cache', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65, 80, 95].map((score) => ({ score })),
    );
    const reads = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetchBenchmarkReport(
          { reportToken: seeded[i % seeded.length]!.reportToken, segment: SEGMENT },
          api.anon,
        ),
      ),
    );
    for (const [i, read] of reads.entries()) {
      expect(read.segment).toEqual(reads[i % seeded.length]!.segment);
      expect(overall(read.segment)).toMatchObject({ n: 6, median: 57.5 });
    }
    expect(await currentCacheRows()).toBe(7);
  });

  it('drops its rows with the segments they belong to', async () => {
    const [mine] = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65, 80].map((score) => ({ score })),
    );
    await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    await api.sql.query('truncate private.segment_sizes cascade');
    const { rows } = await api.sql.query<{ rows: number }>(
      'select count(*)::integer as rows from private.segment_histograms',
    );
    expect(rows[0]!.rows).toBe(0);
  });
});
