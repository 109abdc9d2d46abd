/**
 * The attacks of issue 12, played through the API against the real database.
 * The attacker knows the code, controls members of a group (up to k − 1),
 * adds organisations, and reads every peer figure the API can show: the whole
 * pool and every one-attribute group, from each report it holds, after each
 * release. The guarantee under test: nothing it sees depends on another
 * member's score beyond that score's stage (a 20-point band), and no group of
 * fewer than k organisations, in any attribute combination or between any two
 * releases, can be solved for from what is published.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fetchBenchmarkReport } from '../../src/lib/api/benchmark-report.ts';
import { SEGMENT_ATTRIBUTES, type TSegmentAttribute } from '../../src/lib/benchmark/anonymity.ts';
import { seededPick } from '../fixtures/answer-sets.ts';
import { releaseQueued, seedOrganisation, type TSeedOrganisation } from '../fixtures/seed-pool.ts';
import { PublishedSpan } from './disclosure-span.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();
const K = 5;
const DIMENSIONS = ['alignment', 'staffing', 'personalization', 'effort', 'brand', 'automation'];

async function reset(): Promise<void> {
  await api.sql
    .query(`truncate private.responses, private.segment_sizes, private.segment_score_bins,
       private.group_stage_counts, private.released_cells, private.benchmark_releases cascade;
                       update private.settings set anonymity_k = ${K}`);
}
beforeEach(reset);

/** Every value the survey offers per attribute, to ask for every one-attribute group. */
async function attributeValues(): Promise<Record<TSegmentAttribute, string[]>> {
  const { rows } = await api.sql.query<{ spec: Record<string, { options: string[] }> }>(
    `select answer_spec -> 'questions' as spec from private.survey_versions where version = 'digital-cx-v1'`,
  );
  const spec = rows[0]!.spec;
  return Object.fromEntries(
    SEGMENT_ATTRIBUTES.map((attribute) => [attribute, spec[attribute]!.options]),
  ) as Record<TSegmentAttribute, string[]>;
}

/** Everything the attacker's reports show of others: the whole pool and every one-attribute group. */
async function attackerView(tokens: string[]): Promise<unknown[]> {
  const values = await attributeValues();
  const seen: unknown[] = [];
  for (const reportToken of tokens) {
    const whole = await fetchBenchmarkReport({ reportToken }, api.anon);
    seen.push(whole.wholePool);
    for (const attribute of SEGMENT_ATTRIBUTES) {
      for (const value of values[attribute]) {
        const report = await fetchBenchmarkReport(
          { reportToken, segment: { [attribute]: value } },
          api.anon,
        );
        seen.push(report.segment);
      }
    }
  }
  // release times differ between runs; everything else must not
  return JSON.parse(JSON.stringify(seen).replace(/"releasedAt":"[^"]*"/g, '"releasedAt":"-"'));
}

/** Background organisations in other industries, so that the attacked group is not the whole pool. */
const BACKGROUND: TSeedOrganisation[] = [12, 28, 47, 63, 85, 33].map((score) => ({
  industry: 'insurance',
  score,
}));

/** Scores per dimension, the same in every dimension unless given. */
function scored(scores: Record<string, number>): Pick<TSeedOrganisation, 'score' | 'scores'> {
  return { score: scores.overall ?? 50, scores };
}

describe('attack 1: a group of 5, the attacker controls 4', () => {
  async function run(victim: Record<string, number>): Promise<unknown[]> {
    await reset();
    for (const org of BACKGROUND) await seedOrganisation(api.sql, org);
    const tokens: string[] = [];
    for (const score of [31, 44, 58, 72]) {
      const own = await seedOrganisation(api.sql, { industry: 'education', score });
      tokens.push(own.reportToken);
    }
    await seedOrganisation(api.sql, { industry: 'education', ...scored(victim) });
    await releaseQueued(api.sql);
    return attackerView(tokens);
  }

  it('learns the fifth member’s stages and nothing finer, in every dimension', async () => {
    // the fifth organisation: alignment 43.3, effort 69.8, overall 48 in the review's attack
    const low = {
      alignment: 40,
      staffing: 20,
      personalization: 0,
      effort: 60,
      brand: 80,
      automation: 40,
      overall: 40,
    };
    const high = {
      alignment: 59.9,
      staffing: 39.9,
      personalization: 19.9,
      effort: 79.9,
      brand: 100,
      automation: 59.9,
      overall: 59.9,
    };
    const seen = await run({
      alignment: 43.3,
      staffing: 25,
      personalization: 11,
      effort: 69.8,
      brand: 91,
      automation: 52,
      overall: 48,
    });
    expect(await run(low)).toEqual(seen);
    expect(await run(high)).toEqual(seen);
    // the test can see a change of stage: the view is not blind to the victim
    for (const dimension of DIMENSIONS) {
      expect(
        await run({
          ...low,
          [dimension]:
            low[dimension as keyof typeof low] === 80
              ? 79.9
              : 39.9 + 20 * Math.min(3, Math.floor(low[dimension as keyof typeof low] / 20)),
        }),
        dimension,
      ).not.toEqual(seen);
    }
  });
});

describe('attack 2: n ± 1 with a fake submission', () => {
  async function run(victims: number[]): Promise<unknown[]> {
    await reset();
    for (const org of BACKGROUND) await seedOrganisation(api.sql, org);
    for (const score of victims) await seedOrganisation(api.sql, { industry: 'education', score });
    await releaseQueued(api.sql);
    const before = await attackerView([
      (await seedOrganisation(api.sql, { industry: 'insurance', score: 50 })).reportToken,
    ]);
    // the fake, with known scores, makes the group of 4 a group of 5
    const fake = await seedOrganisation(api.sql, { industry: 'education', score: 99 });
    await releaseQueued(api.sql);
    return [before, await attackerView([fake.reportToken])];
  }

  it('recovers none of the four scores beyond their stages', async () => {
    const seen = await run([43.3, 27.5, 69.8, 61]);
    expect(await run([40, 20, 60, 60])).toEqual(seen);
    expect(await run([59.9, 39.9, 79.9, 79.9])).toEqual(seen);
    expect(await run([43.3, 27.5, 69.8, 81])).not.toEqual(seen);
  });
});

describe('attack 3: complementary suppression across two attributes', () => {
  it('refuses a two-attribute group, and no published sum isolates one', async () => {
    const pick = seededPick(5);
    const sizes = ['size_1_49', 'size_50_249', 'size_250_999', 'size_1000_4999', 'size_5000_plus'];
    const tokens: string[] = [];
    for (let i = 0; i < 40; i++) {
      const own = await seedOrganisation(api.sql, {
        business_model: i < 28 ? 'b2b' : 'b2c',
        company_size: pick(sizes, `size${i}`),
        score: 10 + ((i * 17) % 85),
      });
      tokens.push(own.reportToken);
    }
    await releaseQueued(api.sql);
    const combined = await api.anon.rpc('benchmark_report', {
      report_token: tokens[0],
      segment: { business_model: 'b2b', company_size: 'size_1_49' },
    });
    expect(combined.error?.hint).toBe('invalid_segment');
    // the numbers the attack used: n of every group the API shows (the whole pool, each size, each model)
    const rows: Array<{ attribute: string; value: string }> = [{ attribute: 'all', value: '*' }];
    for (const size of sizes) rows.push({ attribute: 'company_size', value: size });
    for (const model of ['b2b', 'b2c']) rows.push({ attribute: 'business_model', value: model });
    const shown: typeof rows = [];
    for (const row of rows) {
      const report = await fetchBenchmarkReport(
        {
          reportToken: tokens[0]!,
          segment: row.attribute === 'all' ? {} : { [row.attribute]: row.value },
        },
        api.anon,
      );
      const group = row.attribute === 'all' ? report.wholePool : report.segment!;
      if (group.visible) shown.push(row);
    }
    expect(shown.length).toBeGreaterThan(3);
    const span = new PublishedSpan();
    const cells = sizes.flatMap((size) => ['b2b', 'b2c'].map((model) => ({ size, model })));
    for (const row of shown) {
      span.add(
        cells.map((cell) =>
          row.attribute === 'all' ||
          (row.attribute === 'company_size' && row.value === cell.size) ||
          (row.attribute === 'business_model' && row.value === cell.model)
            ? 1
            : 0,
        ),
      );
    }
    for (const target of cells) {
      expect(
        span.determines(cells.map((cell) => (cell === target ? 1 : 0))),
        JSON.stringify(target),
      ).toBe(false);
    }
  });
});

type TProfile = Record<TSegmentAttribute, string>;
type TPublished = {
  attribute: string;
  value: string;
  organisations: number;
  stageCounts: unknown;
  release: number;
};

const VALUES: Record<TSegmentAttribute, string[]> = {
  industry: ['insurance', 'retail_ecommerce', 'education'],
  company_size: ['size_1_49', 'size_250_999'],
  region: ['korea', 'japan'],
  business_model: ['b2b', 'b2c'],
};

/** One random history: organisations join over six releases; some are the attacker's. */
async function randomHistory(
  seed: number,
  scoreOf: (org: number, dimension: string, drawn: number) => number,
) {
  await reset();
  const pick = seededPick(seed);
  const joined: Array<{ profile: TProfile; attacker: boolean; release: number; id: string }> = [];
  const published: TPublished[] = [];
  let org = 0;
  for (let release = 1; release <= 6; release++) {
    const arrivals = 3 + Number(pick(['0', '3', '6', '9', '12'], `arrivals${release}`));
    for (let i = 0; i < arrivals; i++, org++) {
      const profile = Object.fromEntries(
        SEGMENT_ATTRIBUTES.map((attribute) => [
          attribute,
          pick([...VALUES[attribute], VALUES[attribute][0]!], `${attribute}${org}`),
        ]),
      ) as TProfile;
      const scores = Object.fromEntries(
        [...DIMENSIONS, 'overall'].map((dimension) => [
          dimension,
          scoreOf(
            org,
            dimension,
            Number(
              pick(
                Array.from({ length: 1001 }, (_, t) => String(t / 10)),
                `${dimension}${org}`,
              ),
            ),
          ),
        ]),
      );
      const seeded = await seedOrganisation(api.sql, {
        ...profile,
        score: scores.overall!,
        scores,
      });
      joined.push({
        profile,
        attacker: pick(['yes', 'no', 'no', 'no'], `attacker${org}`) === 'yes',
        release: 0,
        id: seeded.id,
      });
    }
    await releaseQueued(api.sql);
    const { rows: waiting } = await api.sql.query<{ id: string }>(
      'select response_id as id from private.rollup_queue',
    );
    const held = new Set(waiting.map((row) => row.id));
    const { rows: count } = await api.sql.query<{ n: number }>(
      'select count(*)::integer as n from private.benchmark_releases',
    );
    for (const member of joined)
      if (member.release === 0 && !held.has(member.id)) member.release = count[0]!.n;
    const { rows } = await api.sql.query<TPublished>(
      `select c.attribute, c.value, c.organisations, c.stage_counts as "stageCounts",
              (select count(*)::integer from private.benchmark_releases r where r.id <= c.shown_release) as release
       from private.released_cells c
       where c.pool = 'live' and c.hidden_reason is null
         and c.shown_release = (select max(id) from private.benchmark_releases)
       order by c.attribute, c.value`,
    );
    published.push(...rows);
  }
  return { joined, published };
}

describe('randomized: random pools, random attacker members, the best linear solve', () => {
  it('never lets a group of fewer than k be solved for, in any attribute combination or time span', async () => {
    let smallTargets = 0;
    let solvedTargets = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const { joined, published } = await randomHistory(seed * 101, (_, __, drawn) => drawn);
      const releases = Math.max(0, ...published.map((row) => row.release));
      // unknowns: organisations of each full attribute combination released at each release
      const combos = VALUES.industry.flatMap((industry) =>
        VALUES.company_size.flatMap((company_size) =>
          VALUES.region.flatMap((region) =>
            VALUES.business_model.map((business_model) => ({
              industry,
              company_size,
              region,
              business_model,
            })),
          ),
        ),
      );
      const unknowns = combos.flatMap((combo) =>
        Array.from({ length: releases }, (_, r) => ({ combo, release: r + 1 })),
      );
      const span = new PublishedSpan();
      for (const row of published) {
        const vector = unknowns.map((u) =>
          u.release <= row.release &&
          (row.attribute === 'all' || u.combo[row.attribute as TSegmentAttribute] === row.value)
            ? 1
            : 0,
        );
        // the published n is what the released organisations give
        const truth = joined.filter(
          (m) =>
            m.release > 0 &&
            m.release <= row.release &&
            (row.attribute === 'all' ||
              m.profile[row.attribute as TSegmentAttribute] === row.value),
        ).length;
        expect(row.organisations).toBe(truth);
        span.add(vector);
      }
      // every group of every attribute combination ('*' = any), between any two releases
      const options = SEGMENT_ATTRIBUTES.map((attribute) => ['*', ...VALUES[attribute]]);
      const groups = options[0]!.flatMap((industry) =>
        options[1]!.flatMap((company_size) =>
          options[2]!.flatMap((region) =>
            options[3]!.map((business_model) => ({
              industry,
              company_size,
              region,
              business_model,
            })),
          ),
        ),
      );
      for (const group of groups) {
        const inGroup = (profile: TProfile) =>
          SEGMENT_ATTRIBUTES.every((a) => group[a] === '*' || group[a] === profile[a]);
        for (let from = 0; from < releases; from++) {
          for (let to = from + 1; to <= releases; to++) {
            const count = joined.filter(
              (m) => m.release > from && m.release <= to && inGroup(m.profile),
            ).length;
            const target = unknowns.map((u) =>
              u.release > from && u.release <= to && inGroup(u.combo) ? 1 : 0,
            );
            const solvable = span.determines(target);
            if (solvable) solvedTargets++;
            if (count > 0 && count < K) {
              smallTargets++;
              expect(solvable, `${JSON.stringify(group)} (${from}, ${to}]: ${count}`).toBe(false);
            }
          }
        }
      }
    }
    // the histories hold small groups to protect, and the published figures do solve some groups
    expect(smallTargets).toBeGreaterThan(50);
    expect(solvedTargets).toBeGreaterThan(20);
  });

  it('shows the attacker the same figures whatever the others score within their stages', async () => {
    for (let seed = 1; seed <= 3; seed++) {
      const first = await randomHistory(seed * 7, (_, __, drawn) => drawn);
      // every organisation the attacker does not control moves within its stage
      const attackers = new Set(first.joined.flatMap((m, i) => (m.attacker ? [i] : [])));
      const moved = await randomHistory(seed * 7, (org, _, drawn) =>
        attackers.has(org)
          ? drawn
          : Math.min(100, Math.floor(drawn / 20) * 20 + Math.floor(((drawn * 7.3) % 20) * 10) / 10),
      );
      const strip = (rows: TPublished[]) =>
        rows.map(({ release, ...rest }) => ({ ...rest, release }));
      expect(strip(moved.published)).toEqual(strip(first.published));
      // …and a move across a stage boundary is seen
      const across = await randomHistory(seed * 7, (org, _, drawn) =>
        attackers.has(org) ? drawn : drawn < 20 ? drawn + 20 : drawn - 20,
      );
      expect(strip(across.published)).not.toEqual(strip(first.published));
    }
  });
});
