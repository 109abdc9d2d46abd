import { beforeEach, describe, expect, it } from 'vitest';
import { fetchBenchmarkReport, type TGroupBenchmark } from '../../src/lib/api/benchmark-report.ts';
import { groupVisibility, type TSegmentGroup } from '../../src/lib/benchmark/anonymity.ts';
import { medianInterval } from '../../src/lib/benchmark/intervals.ts';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import { seededPick } from '../fixtures/answer-sets.ts';
import { percentileRank, summarize, type THistogram } from '../../src/lib/benchmark/histogram.ts';
import { seedOrganisation, seedOrganisations } from '../fixtures/seed-pool.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(async () => {
  await api.sql
    .query(`truncate private.responses, private.segment_sizes, private.segment_score_bins cascade;
                       update private.settings set anonymity_k = 5`);
});

function histogramOf(scores: number[]): THistogram {
  const bins = new Map<number, number>();
  for (const score of scores)
    bins.set(Math.round(score * 10), (bins.get(Math.round(score * 10)) ?? 0) + 1);
  return [...bins].map(([tenths, count]) => ({ tenths, count }));
}

function overall(group: TGroupBenchmark | null) {
  if (!group?.visible) throw new Error(`group not visible: ${JSON.stringify(group)}`);
  return group.dimensions.find((d) => d.dimension === 'overall')!;
}

describe('api.benchmark_report: the numbers', () => {
  it('returns exactly the percentile rank, quartiles and median interval of the pool', async () => {
    const scores = [12.5, 30, 30, 41.2, 55, 55, 55, 60.1, 77.7, 90];
    const seeded = await seedOrganisations(
      api.sql,
      scores.map((score) => ({ score })),
    );
    const mine = seeded[4]!; // 55
    const report = await fetchBenchmarkReport({ reportToken: mine.reportToken }, api.anon);

    // Hand-computed: 4 scores below 55, 3 equal (mine included): (4 + 1.5) / 10 = 55.0.
    // Quartiles (type 7): q1 at r = 2.25 → 30 + 0.25 * (41.2 - 30) = 32.8; median at r = 4.5 → 55;
    // q3 at r = 6.75 → 55 + 0.75 * (60.1 - 55) = 58.825 → 58.83.
    expect(overall(report.wholePool)).toEqual({
      dimension: 'overall',
      visible: true,
      n: 10,
      percentileRank: 55,
      q1: 32.8,
      median: 55,
      q3: 58.83,
      // n = 10: ranks j = max(1, floor(5 - 1.96 * √10 / 2)) = 1 and k = min(10, ceil(6 + 3.099)) = 10,
      // so the 95% interval of the median is the whole range at this size: [12.5, 90].
      medianLow: 12.5,
      medianHigh: 90,
    });
    // …and they are what the TypeScript definitions say.
    const histogram = histogramOf(scores);
    expect(percentileRank(histogram, 55)).toBe(55);
    expect(summarize(histogram)).toEqual({ n: 10, q1: 32.8, median: 55, q3: 58.83 });
    expect(medianInterval(histogram)).toMatchObject({ low: 12.5, high: 90 });
  });

  it('agrees with the naive exact query over the raw responses', async () => {
    const scores = Array.from({ length: 40 }, (_, i) => Math.round(((i * 37) % 101) * 9.7) / 10);
    const seeded = await seedOrganisations(
      api.sql,
      scores.map((score) => ({ score })),
    );
    const report = await fetchBenchmarkReport({ reportToken: seeded[7]!.reportToken }, api.anon);
    const { rows } = await api.sql.query(
      `select round(percentile_cont(0.25) within group (order by score)::numeric, 2)::float as q1,
              round(percentile_cont(0.5) within group (order by score)::numeric, 2)::float as median,
              round(percentile_cont(0.75) within group (order by score)::numeric, 2)::float as q3,
              round(100 * (count(*) filter (where score < $1) + 0.5 * count(*) filter (where score = $1)) / count(*), 1)::float
                as rank
       from private.response_scores where dimension = 'overall'`,
      [scores[7]],
    );
    const { rank, ...quartiles } = rows[0];
    expect(overall(report.wholePool)).toMatchObject({ ...quartiles, percentileRank: rank });
  });

  it('counts an organisation once: a newer result replaces the older one', async () => {
    const organisationId = '00000000-0000-4000-8000-000000000001';
    await seedOrganisations(
      api.sql,
      [10, 20, 30, 40].map((score) => ({ score })),
    );
    await seedOrganisation(api.sql, { score: 15, organisationId });
    const newer = await seedOrganisation(api.sql, { score: 95, organisationId });
    const report = await fetchBenchmarkReport({ reportToken: newer.reportToken }, api.anon);
    expect(overall(report.wholePool)).toMatchObject({ n: 5, percentileRank: 90, median: 30 });
  });
});

describe('api.benchmark_report: anonymity', () => {
  it('shows no statistic for a group of 4 and shows it at 5', async () => {
    const [mine] = await seedOrganisations(
      api.sql,
      [50, 60, 70, 80].map((score) => ({ score })),
    );
    let report = await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    expect(report.wholePool).toEqual({
      segment: {},
      visible: false,
      reason: 'too_few',
      sizeBand: 'fewer_than_k',
    });

    await seedOrganisation(api.sql, { score: 90 });
    report = await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    expect(report.wholePool).toMatchObject({ visible: true, n: 5, sizeBand: '5-9' });
  });

  it('hides a dimension answered by fewer than k organisations even in a visible group', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [1, 2, 3, 4, 5, 6].map((i) => ({ score: i * 10, scores: { brand: i <= 4 ? i * 10 : null } })),
    );
    const report = await fetchBenchmarkReport({ reportToken: seeded[0]!.reportToken }, api.anon);
    const groups = report.wholePool.visible ? report.wholePool.dimensions : [];
    expect(groups.find((d) => d.dimension === 'brand')).toEqual({
      dimension: 'brand',
      visible: false,
    });
    expect(groups.find((d) => d.dimension === 'effort')).toMatchObject({ visible: true, n: 6 });
  });

  it('stops the differencing attack with complementary suppression', async () => {
    // retail: 8 large companies and 4 small ones. Showing "retail" (12) and "retail, large" (8) would
    // reveal the 4 small ones by subtraction, so "retail, large" is hidden as well.
    const large = Array.from({ length: 8 }, (_, i) => ({
      industry: 'retail_ecommerce',
      company_size: 'size_5000_plus',
      score: 40 + i,
    }));
    const small = Array.from({ length: 4 }, (_, i) => ({
      industry: 'retail_ecommerce',
      company_size: 'size_1_49',
      score: 20 + i,
    }));
    const seeded = await seedOrganisations(api.sql, [...large, ...small]);
    const token = seeded[0]!.reportToken;

    const retail = await fetchBenchmarkReport(
      { reportToken: token, segment: { industry: 'retail_ecommerce' } },
      api.anon,
    );
    expect(retail.segment).toMatchObject({ visible: true, n: 12 });

    const retailLarge = await fetchBenchmarkReport(
      {
        reportToken: token,
        segment: { industry: 'retail_ecommerce', company_size: 'size_5000_plus' },
      },
      api.anon,
    );
    expect(retailLarge.segment).toEqual({
      segment: { industry: 'retail_ecommerce', company_size: 'size_5000_plus' },
      visible: false,
      reason: 'protects_smaller_group',
      sizeBand: null,
    });
    const retailSmall = await fetchBenchmarkReport(
      { reportToken: token, segment: { industry: 'retail_ecommerce', company_size: 'size_1_49' } },
      api.anon,
    );
    expect(retailSmall.segment).toMatchObject({
      visible: false,
      reason: 'too_few',
      sizeBand: 'fewer_than_k',
    });

    // Once the small group reaches k, nothing needs protecting.
    await seedOrganisation(api.sql, {
      industry: 'retail_ecommerce',
      company_size: 'size_1_49',
      score: 25,
    });
    const after = await fetchBenchmarkReport(
      {
        reportToken: token,
        segment: { industry: 'retail_ecommerce', company_size: 'size_5000_plus' },
      },
      api.anon,
    );
    expect(after.segment).toMatchObject({ visible: true, n: 8 });
  });

  it('applies a threshold configured upward, and refuses one below 5', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [1, 2, 3, 4, 5, 6].map((i) => ({ score: i })),
    );
    await api.sql.query('update private.settings set anonymity_k = 7');
    const report = await fetchBenchmarkReport({ reportToken: seeded[0]!.reportToken }, api.anon);
    expect(report).toMatchObject({
      anonymityK: 7,
      wholePool: { visible: false, reason: 'too_few' },
    });
    await expect(api.sql.query('update private.settings set anonymity_k = 4')).rejects.toThrow(
      /settings_anonymity_k_check/,
    );
  });

  it('keeps generated pools apart from the live pool', async () => {
    await seedOrganisations(
      api.sql,
      [1, 2, 3, 4, 5, 6].map((i) => ({ score: i * 10, pool: 'demo' as const })),
    );
    const live = await seedOrganisation(api.sql, { score: 50 });
    const report = await fetchBenchmarkReport({ reportToken: live.reportToken }, api.anon);
    expect(report.wholePool).toMatchObject({ visible: false, reason: 'too_few' });
  });

  it('refuses an unknown segment attribute or value, naming it', async () => {
    const mine = await seedOrganisation(api.sql, { score: 50 });
    const bad = await api.anon.rpc('benchmark_report', {
      report_token: mine.reportToken,
      segment: { colour: 'blue' },
    });
    expect(bad.error?.hint).toBe('invalid_segment');
    expect(bad.error?.details).toBe('Attributes: industry, company_size, region, business_model.');
    const value = await api.anon.rpc('benchmark_report', {
      report_token: mine.reportToken,
      segment: { region: 'mars' },
    });
    expect(value.error?.message).toBe(await api.errorMessage('invalid_segment'));
    expect(value.error?.details).toBe('region: not one of its values.');
  });
});

describe('the database applies the same anonymity rule as the TypeScript definition', () => {
  it('agrees on every one- and two-attribute segment of a random pool', async () => {
    const pick = seededPick(7);
    const industries = ['insurance', 'retail_ecommerce', 'education'];
    const sizes = ['size_1_49', 'size_250_999', 'size_5000_plus'];
    const orgs = Array.from({ length: 45 }, (_, i) => ({
      industry: pick(industries.slice(0, 1 + (i % 3)), 'industry'),
      company_size: pick(sizes, 'company_size'),
      score: 10 + (i % 80),
    }));
    const seeded = await seedOrganisations(api.sql, orgs);
    const values = {
      industry:
        assessmentV1Spec.questions.industry!.type === 'single'
          ? assessmentV1Spec.questions.industry!.options
          : [],
      company_size:
        assessmentV1Spec.questions.company_size!.type === 'single'
          ? assessmentV1Spec.questions.company_size!.options
          : [],
      region: [],
      business_model: [],
    };
    const counts = (group: TSegmentGroup) =>
      orgs.filter((o) =>
        Object.entries(group).every(([key, value]) => o[key as keyof typeof o] === value),
      ).length;
    const segments: TSegmentGroup[] = [
      ...industries.map((industry) => ({ industry })),
      ...sizes.map((company_size) => ({ company_size })),
      ...industries.flatMap((industry) =>
        sizes.map((company_size) => ({ industry, company_size })),
      ),
    ];
    const outcomes = new Set<string>();
    for (const segment of segments) {
      const report = await fetchBenchmarkReport(
        { reportToken: seeded[0]!.reportToken, segment },
        api.anon,
      );
      const expected = groupVisibility(segment, counts, values, 5);
      const actual = report.segment!.visible
        ? { visible: true }
        : { visible: false, reason: report.segment!.reason };
      expect(actual, JSON.stringify(segment)).toEqual(expected);
      outcomes.add(expected.visible ? 'visible' : expected.reason);
    }
    // The pool is built so that every rule is exercised.
    expect([...outcomes].sort()).toEqual(['protects_smaller_group', 'too_few', 'visible']);
  });
});
