import { beforeEach, describe, expect, it } from 'vitest';
import { fetchBenchmarkReport, type TGroupBenchmark } from '../../src/lib/api/benchmark-report.ts';
import { hiddenGroups } from '../../src/lib/benchmark/anonymity.ts';
import {
  stageBand,
  stageStatistics,
  type TStageCounts,
} from '../../src/lib/benchmark/stage-statistics.ts';
import { seededPick } from '../fixtures/answer-sets.ts';
import { releaseQueued, seedOrganisation, seedOrganisations } from '../fixtures/seed-pool.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(async () => {
  await api.sql
    .query(`truncate private.responses, private.segment_sizes, private.segment_score_bins,
       private.group_stage_counts, private.released_cells, private.benchmark_releases cascade;
                       update private.settings set anonymity_k = 5`);
});

function overall(group: TGroupBenchmark | null) {
  if (!group?.visible) throw new Error(`group not visible: ${JSON.stringify(group)}`);
  return group.dimensions.find((d) => d.dimension === 'overall')!;
}

describe('api.benchmark_report: peer figures from stage counts', () => {
  it('returns the stage counts, grouped quartiles and percentile, and the owner’s exact score', async () => {
    const scores = [12.5, 30, 30, 41.2, 55, 55, 55, 60.1, 77.7, 90];
    const seeded = await seedOrganisations(
      api.sql,
      scores.map((score) => ({ score })),
    );
    await releaseQueued(api.sql);
    const mine = seeded[4]!; // 55
    const report = await fetchBenchmarkReport({ reportToken: mine.reportToken }, api.anon);

    // Stages 1-5 hold 1, 2, 4, 2 and 1. Grouped quartiles, members spread evenly in their stage:
    // q1 at 2.5 of 10 → 20 + 20 × (2.5 − 1) / 2 = 35; median at 5 → 40 + 20 × (5 − 3) / 4 = 50;
    // q3 at 7.5 → 60 + 20 × (7.5 − 7) / 2 = 65. Percentile of 55: (3 + 4 × 15/20) / 10 = 60.
    const expected = {
      dimension: 'overall',
      visible: true,
      n: 10,
      stageCounts: [1, 2, 4, 2, 1],
      q1: 35,
      median: 50,
      q3: 65,
      percentileRank: 60,
    };
    expect(overall(report.wholePool)).toEqual(expected);
    expect(stageStatistics([0, 1, 2, 4, 2, 1], 55)).toEqual({
      ...expected,
      dimension: undefined,
      visible: undefined,
      n: 10,
    } as never);
    expect(report.response.scores.find((s) => s.dimension === 'overall')?.score).toBe(55);
    expect(report.ownResultReleased).toBe(true);
  });

  it('computes the same statistics as the TypeScript definition on 300 random stage counts', async () => {
    const pick = seededPick(11);
    const cases = Array.from({ length: 300 }, (_, i) => {
      const counts = Array.from({ length: 6 }, (_, band) =>
        Number(pick(['0', '1', '2', '5', String(band * 3 + (i % 7))], `c${band}`)),
      ) as unknown as TStageCounts;
      if (counts.slice(1).every((c) => c === 0)) (counts as unknown as number[])[3] = 1;
      const own = i % 10 === 0 ? null : Math.round((((i * 37) % 1001) / 10) * 10) / 10;
      return { counts, own };
    });
    const { rows } = await api.sql.query<{ stats: unknown }>(
      `select private.stage_statistics(c.counts, c.own) as stats
       from jsonb_to_recordset($1::jsonb) as c(counts integer[], own numeric, i integer) order by c.i`,
      [JSON.stringify(cases.map((c, i) => ({ ...c, i })))],
    );
    rows.forEach((row, i) => {
      expect(row.stats, JSON.stringify(cases[i])).toEqual(
        stageStatistics(cases[i]!.counts, cases[i]!.own),
      );
    });
  });

  it('bands scores as the database does: 19.9 is stage 1, 20 is stage 2, 100 is stage 5', async () => {
    const scores = [0, 19.9, 20, 39.9, 40, 59.9, 60, 79.9, 80, 100, null];
    const { rows } = await api.sql.query<{ band: number }>(
      'select private.stage_band(s) as band from unnest($1::numeric[]) with ordinality as u(s, i) order by i',
      [scores],
    );
    expect(rows.map((r) => r.band)).toEqual(scores.map(stageBand));
  });

  it('counts an organisation once: a newer result replaces the older one', async () => {
    const organisationId = '00000000-0000-4000-8000-000000000001';
    await seedOrganisations(
      api.sql,
      [10, 20, 30, 40].map((score) => ({ score })),
    );
    await seedOrganisation(api.sql, { score: 15, organisationId });
    await releaseQueued(api.sql);
    // the retake and four new organisations: a batch of five
    await seedOrganisations(
      api.sql,
      [50, 60, 70, 80].map((score) => ({ score })),
    );
    const newer = await seedOrganisation(api.sql, { score: 95, organisationId });
    await releaseQueued(api.sql);
    const report = await fetchBenchmarkReport({ reportToken: newer.reportToken }, api.anon);
    expect(overall(report.wholePool)).toMatchObject({ n: 9, stageCounts: [1, 2, 2, 2, 2] });
  });
});

describe('api.benchmark_report: releases in batches', () => {
  it('shows nothing for 4 organisations, and all 5 once a fifth joins; the owner’s report is immediate', async () => {
    const [mine] = await seedOrganisations(
      api.sql,
      [50, 60, 70, 80].map((score) => ({ score })),
    );
    expect(await releaseQueued(api.sql)).toBe(0);
    let report = await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    expect(report.wholePool).toEqual({
      segment: {},
      visible: false,
      reason: 'too_few',
      sizeBand: 'fewer_than_k',
    });
    expect(report.ownResultReleased).toBe(false);
    expect(report.response.scores.find((s) => s.dimension === 'overall')?.score).toBe(50);

    await seedOrganisation(api.sql, { score: 90 });
    expect(await releaseQueued(api.sql)).toBe(5);
    report = await fetchBenchmarkReport({ reportToken: mine!.reportToken }, api.anon);
    expect(report.wholePool).toMatchObject({ visible: true, n: 5, sizeBand: '5-9', current: true });
    expect(report.ownResultReleased).toBe(true);
  });

  it('holds back a result whose industry fewer than k of the batch share, and releases the rest', async () => {
    const insurers = await seedOrganisations(
      api.sql,
      [1, 2, 3, 4, 5].map((i) => ({ score: i * 10 })),
    );
    const retailer = await seedOrganisation(api.sql, {
      industry: 'retail_ecommerce',
      score: 77,
    });
    expect(await releaseQueued(api.sql)).toBe(5);
    const mine = await fetchBenchmarkReport(
      { reportToken: retailer.reportToken, segment: { industry: 'retail_ecommerce' } },
      api.anon,
    );
    expect(mine.ownResultReleased).toBe(false);
    expect(mine.wholePool).toMatchObject({ visible: true, n: 5 });
    expect(mine.segment).toMatchObject({ visible: false, reason: 'too_few' });
    const insurer = await fetchBenchmarkReport({ reportToken: insurers[0]!.reportToken }, api.anon);
    expect(insurer.ownResultReleased).toBe(true);
  });

  it('keeps showing a group’s last released figures, dated, while newer ones wait', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [1, 2, 3, 4, 5].map((i) => ({ score: i * 10 })),
    );
    await releaseQueued(api.sql);
    const first = await fetchBenchmarkReport({ reportToken: seeded[0]!.reportToken }, api.anon);
    await seedOrganisations(
      api.sql,
      [6, 7].map((i) => ({ score: i * 10 })),
    );
    expect(await releaseQueued(api.sql)).toBe(0);
    const second = await fetchBenchmarkReport({ reportToken: seeded[0]!.reportToken }, api.anon);
    expect(second.wholePool).toEqual(first.wholePool);
  });

  it('counts “not scored” as one more category of a dimension, and hides only a dimension nobody scored', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [1, 2, 3, 4, 5, 6].map((i) => ({
        score: i * 10,
        scores: { brand: i <= 4 ? i * 10 : null, automation: null },
      })),
    );
    await releaseQueued(api.sql);
    const report = await fetchBenchmarkReport({ reportToken: seeded[0]!.reportToken }, api.anon);
    const groups = report.wholePool.visible ? report.wholePool.dimensions : [];
    // hiding brand alone could be undone by subtracting the other groups' brand counts
    expect(groups.find((d) => d.dimension === 'brand')).toMatchObject({
      visible: true,
      n: 4,
      stageCounts: [1, 2, 1, 0, 0],
    });
    expect(groups.find((d) => d.dimension === 'automation')).toEqual({
      dimension: 'automation',
      visible: false,
    });
    expect(groups.find((d) => d.dimension === 'effort')).toMatchObject({ visible: true, n: 6 });
  });

  it('releases an attribute whole: a group fallen under k holds every group of it at its last release', async () => {
    const education = await seedOrganisations(
      api.sql,
      [11, 22, 33, 44, 55].map((score) => ({ industry: 'education', score })),
    );
    await seedOrganisations(
      api.sql,
      [12, 23, 34, 45, 56].map((score) => ({ industry: 'retail_ecommerce', score })),
    );
    await releaseQueued(api.sql);
    const before = await fetchBenchmarkReport(
      { reportToken: education[0]!.reportToken, segment: { industry: 'retail_ecommerce' } },
      api.anon,
    );
    // one education member retakes as an insurer, four retake as educators, four insurers join:
    // a batch touching education 5 times, after which education holds 4
    await seedOrganisation(api.sql, {
      industry: 'insurance',
      score: 80,
      organisationId: education[4]!.id,
    });
    for (const [i, member] of education.slice(0, 4).entries()) {
      await seedOrganisation(api.sql, {
        industry: 'education',
        score: 15 + i,
        organisationId: member.id,
      });
    }
    await seedOrganisations(
      api.sql,
      [61, 62, 63, 64].map((score) => ({ industry: 'insurance', score })),
    );
    expect(await releaseQueued(api.sql)).toBe(2 * 5 + 4);
    const retail = await fetchBenchmarkReport(
      { reportToken: education[0]!.reportToken, segment: { industry: 'retail_ecommerce' } },
      api.anon,
    );
    expect(retail.wholePool).toMatchObject({ visible: true, n: 14, current: true });
    // every industry keeps its release-1 figures (education's 5 included); insurance, new, shows none
    expect(retail.segment).toEqual({ ...before.segment, current: false });
    const own = await fetchBenchmarkReport(
      { reportToken: education[0]!.reportToken, segment: { industry: 'education' } },
      api.anon,
    );
    expect(own.segment).toMatchObject({ visible: true, n: 5, current: false });
    const insurance = await fetchBenchmarkReport(
      { reportToken: education[0]!.reportToken, segment: { industry: 'insurance' } },
      api.anon,
    );
    expect(insurance.segment).toMatchObject({ visible: false });
  });

  it('applies a threshold configured upward, and refuses one below 5', async () => {
    await api.sql.query('update private.settings set anonymity_k = 7');
    const seeded = await seedOrganisations(
      api.sql,
      [1, 2, 3, 4, 5, 6].map((i) => ({ score: i })),
    );
    expect(await releaseQueued(api.sql)).toBe(0);
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
    expect(await releaseQueued(api.sql)).toBe(6);
    const report = await fetchBenchmarkReport({ reportToken: live.reportToken }, api.anon);
    expect(report.wholePool).toMatchObject({ visible: false, reason: 'too_few' });
  });
});

describe('api.benchmark_report: peer groups', () => {
  it('takes one attribute at a time, and refuses a combination', async () => {
    const mine = await seedOrganisation(api.sql, { score: 50 });
    const combined = await api.anon.rpc('benchmark_report', {
      report_token: mine.reportToken,
      segment: { industry: 'insurance', company_size: 'size_250_999' },
    });
    expect(combined.error?.hint).toBe('invalid_segment');
    expect(combined.error?.details).toBe('Peer groups take one attribute at a time.');
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

describe('the database hides the same groups as the TypeScript definition', () => {
  it('agrees on every attribute of 40 random pools, exercising every outcome', async () => {
    const pick = seededPick(3);
    const values = ['a', 'b', 'c', 'd', 'e', 'f'];
    const outcomes = new Set<string>();
    for (let round = 0; round < 40; round += 1) {
      await api.sql.query(
        `truncate private.segment_sizes, private.segment_score_bins, private.group_stage_counts, private.released_cells cascade`,
      );
      const sizes = new Map(
        values.map((value) => [
          value,
          Number(pick(['0', '1', '2', '4', '5', '6', '9', '30'], `${round}${value}`)),
        ]),
      );
      const total = [...sizes.values()].reduce((a, b) => a + b, 0);
      await api.sql.query(
        `insert into private.segment_sizes (pool, industry, company_size, region, business_model, organisations)
         select 'bench', s.value, '*', '*', '*', s.n from jsonb_to_recordset($1::jsonb) as s(value text, n integer)
         union all select 'bench', '*', '*', '*', '*', $2`,
        [JSON.stringify([...sizes].map(([value, n]) => ({ value, n }))), total],
      );
      await api.sql.query(`select private.release_pool('bench')`);
      const { rows } = await api.sql.query<{ value: string; hidden_reason: string | null }>(
        `select value, hidden_reason from private.released_cells where pool = 'bench' and attribute = 'industry'`,
      );
      const expected = hiddenGroups(sizes, 5);
      for (const value of values) {
        const actual = rows.find((row) => row.value === value)?.hidden_reason ?? null;
        const wanted = sizes.get(value)! > 0 ? (expected.get(value) ?? null) : null;
        expect(actual, `round ${round} ${value}: ${JSON.stringify([...sizes])}`).toBe(wanted);
        if (sizes.get(value)! > 0) outcomes.add(wanted ?? 'shown');
      }
    }
    expect([...outcomes].sort()).toEqual(['protects_smaller_group', 'shown', 'too_few']);
  });
});
