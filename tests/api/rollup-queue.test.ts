/**
 * Rollup upkeep through the queue: a submission queues its change instead of
 * updating the rollups, and whoever applies the queue (a report first of all)
 * leaves exactly the rollups a recount from the raw results gives, however
 * the changes were batched and whatever runs at the same time.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { fetchBenchmarkReport, type TGroupBenchmark } from '../../src/lib/api/benchmark-report.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import { completeAnswers, seededPick } from '../fixtures/answer-sets.ts';
import { queuedChanges, rollupDifferences } from '../fixtures/naive-rollups.ts';
import { seedOrganisation, seedOrganisations } from '../fixtures/seed-pool.ts';
import { clusterUrl } from './test-cluster.ts';
import { relaxPoolIntegrity, submitWithProof } from '../fixtures/live-submission.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(async () => {
  await api.sql.query(
    `truncate private.responses, private.segment_sizes, private.segment_score_bins cascade;
     update private.settings set anonymity_k = 5`,
  );
  await relaxPoolIntegrity(api.sql);
});

function wholePoolSize(group: TGroupBenchmark | null): number {
  if (!group?.visible) throw new Error(`group not visible: ${JSON.stringify(group)}`);
  return group.n;
}

async function applyQueue(sql: pg.Client = api.sql): Promise<number> {
  const { rows } = await sql.query<{ applied: number }>(
    'select private.apply_queued_rollups() as applied',
  );
  return rows[0]!.applied;
}

async function storedSizeOfWholePool(): Promise<number | undefined> {
  const { rows } = await api.sql.query<{ organisations: number }>(
    `select organisations from private.segment_sizes
     where pool = 'live' and industry = '*' and company_size = '*' and region = '*' and business_model = '*'`,
  );
  return rows[0]?.organisations;
}

async function submit(seed: number) {
  const reportToken = newToken();
  const stored = await submitWithProof(
    {
      responseId: randomUUID(),
      surveyVersion: assessmentV1Spec.version,
      language: 'en',
      answers: completeAnswers(assessmentV1Spec, seededPick(seed)),
      reportToken,
    },
    api.anon,
  );
  expect(stored.status).toBe('stored');
  return { id: stored.responseId, reportToken };
}

describe('private.rollup_queue', () => {
  it('takes a submission’s change, and the next report applies it before reading', async () => {
    await seedOrganisations(
      api.sql,
      [20, 35, 50, 65].map((score) => ({ score })),
    );
    const mine = await submit(1);
    const queued = await queuedChanges(api.sql);
    expect(queued).toHaveLength(5);
    expect(queued.at(-1)).toEqual({ responseId: mine.id, delta: 1 });
    expect(await storedSizeOfWholePool()).toBeUndefined();

    const report = await fetchBenchmarkReport({ reportToken: mine.reportToken }, api.anon);
    expect(wholePoolSize(report.wholePool)).toBe(5);
    expect(await queuedChanges(api.sql)).toEqual([]);
    expect(await rollupDifferences(api.sql)).toEqual([]);
  });

  it('queues a replaced result as its removal and the new one, and a batch applies both exactly', async () => {
    const organisationId = '00000000-0000-4000-8000-0000000000bb';
    const first = await seedOrganisation(api.sql, { score: 40, organisationId });
    expect(await applyQueue()).toBe(1);
    const { rows: before } = await api.sql.query<{ version: string }>(
      `select version from private.segment_sizes where pool = 'live' and industry = '*' and company_size = '*'
         and region = '*' and business_model = '*'`,
    );

    // the same organisation answers again, in the same segments: sizes net to zero, bins move
    const second = await seedOrganisation(api.sql, { score: 70, organisationId });
    expect(await queuedChanges(api.sql)).toEqual([
      { responseId: first.id, delta: -1 },
      { responseId: second.id, delta: 1 },
    ]);
    expect(await applyQueue()).toBe(2);
    expect(await rollupDifferences(api.sql)).toEqual([]);
    expect(await storedSizeOfWholePool()).toBe(1);
    const { rows: after } = await api.sql.query<{ version: string }>(
      `select version from private.segment_sizes where pool = 'live' and industry = '*' and company_size = '*'
         and region = '*' and business_model = '*'`,
    );
    expect(BigInt(after[0]!.version)).toBeGreaterThan(BigInt(before[0]!.version));
  });

  it('applies a mixed batch (segments, missing scores, replacements) to the same rollups as a recount', async () => {
    const industries = ['insurance', 'retail', 'banking'];
    const regions = ['korea', 'japan'];
    for (let i = 0; i < 24; i++) {
      await seedOrganisation(api.sql, {
        score: (i * 37) % 101,
        scores: i % 5 === 0 ? { brand: null } : { effort: (i * 13) % 100 },
        industry: industries[i % 3],
        region: regions[i % 2],
        // every fourth organisation answers a second time, from another segment
        organisationId: `00000000-0000-4000-8000-${String(i - (i % 4 === 3 ? 1 : 0)).padStart(12, '0')}`,
      });
    }
    expect(await applyQueue()).toBe(24 + 6);
    expect(await rollupDifferences(api.sql)).toEqual([]);
    expect(await storedSizeOfWholePool()).toBe(18);
  });

  it('loses no change and deadlocks nowhere when submissions and reports run at once', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65, 80].map((score) => ({ score })),
    );
    const work = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => submit(100 + i).then(() => undefined)),
      ...Array.from({ length: 12 }, (_, i) =>
        fetchBenchmarkReport({ reportToken: seeded[i % 5]!.reportToken }, api.anon).then((r) =>
          wholePoolSize(r.wholePool),
        ),
      ),
    ]);
    for (const n of work.filter((value) => value !== undefined)) {
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(17);
    }
    const last = await fetchBenchmarkReport({ reportToken: seeded[0]!.reportToken }, api.anon);
    expect(wholePoolSize(last.wholePool)).toBe(17);
    expect(await queuedChanges(api.sql)).toEqual([]);
    expect(await rollupDifferences(api.sql)).toEqual([]);
  });

  it('makes a report wait for an apply in progress, then count what it applied and what came after', async () => {
    const seeded = await seedOrganisations(
      api.sql,
      [20, 35, 50, 65, 80].map((score) => ({ score })),
    );
    const other = new pg.Client({ connectionString: clusterUrl(api.cluster, api.database) });
    await other.connect();
    try {
      await other.query('begin');
      expect(await applyQueue(other)).toBe(5);
      await seedOrganisation(api.sql, { score: 90 });

      let settled = false;
      const report = fetchBenchmarkReport(
        { reportToken: seeded[0]!.reportToken },
        api.anon,
      ).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
      await other.query('commit');
      expect(wholePoolSize((await report).wholePool)).toBe(6);
    } finally {
      await other.end();
    }
    expect(await rollupDifferences(api.sql)).toEqual([]);
  });
});
