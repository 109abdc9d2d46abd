/**
 * The peer pool against a script: proof of work, rate limits per client and
 * overall, quality checks that hold a response outside the pool, retakes,
 * operator admission, and draft expiry, through the same door as the browser.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fetchSubmissionChallenge, saveDraft } from '../../src/lib/api/assessment.ts';
import { ApiError } from '../../src/lib/api/client.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { solveChallenge } from '../../src/lib/pool-integrity/proof-of-work.ts';
import { rateLimitDelayMs } from '../../src/lib/pool-integrity/submit-with-proof.ts';
import { assessmentV1Spec } from '../../surveys/assessment/index.ts';
import {
  completeAnswers,
  firstOption,
  lastOption,
  seededPick,
  seededRandom,
  type TPick,
} from '../fixtures/answer-sets.ts';
import {
  answeredItems,
  DEFAULT_THRESHOLDS,
  isStraightLining,
  longstring,
  matrixPositions,
  speedingFlags,
} from '../../src/lib/pool-integrity/quality-checks.ts';
import { en as methodologyEn } from '../../src/i18n/methodology/pool-integrity.ts';
import { postFrom as postFromAddress } from '../fixtures/post-from.ts';
import { seedOrganisation } from '../fixtures/seed-pool.ts';
import { proofFor, submitWithProof } from '../fixtures/live-submission.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();
const VERSION = assessmentV1Spec.version;

beforeEach(async () => {
  await api.sql.query(
    `truncate private.responses, private.drafts, private.work_challenges, private.rate_counters cascade;
     delete from private.pool_integrity_settings;
     insert into private.pool_integrity_settings default values;
     -- the tests solve many challenges: a small range keeps them quick (the rule is the same)
     update private.pool_integrity_settings set proof_max_number = 1000`,
  );
});

const settings = (assignments: string) =>
  api.sql.query(`update private.pool_integrity_settings set ${assignments}`);

const varied = (seed: number) => completeAnswers(assessmentV1Spec, seededPick(seed));

function submission(answers = varied(1), overrides: object = {}) {
  return {
    response_id: randomUUID(),
    survey_version: VERSION,
    language: 'en',
    answers,
    report_token: newToken(),
    ...overrides,
  };
}

/** A draft saved now, whose start the server then records as `secondsAgo` earlier. */
async function draftStarted(secondsAgo: number, answers = {}) {
  const draftToken = newToken();
  await saveDraft(
    { draftToken, surveyVersion: VERSION, language: 'en', pageNumber: 0, answers },
    api.anon,
  );
  await api.sql.query(
    `update private.drafts set started_at = now() - make_interval(secs => $2)
     where token_hash = private.token_hash($1)`,
    [draftToken, secondsAgo],
  );
  return draftToken;
}

async function stored(responseId: string) {
  const { rows } = await api.sql.query(
    `select r.pool_status, r.quality_flags, r.organisation_id, r.duration_seconds::float8 as duration,
            exists (select from private.organisation_results o where o.response_id = r.id) as counted
     from private.responses r where r.id = $1`,
    [responseId],
  );
  return rows[0] as
    | {
        pool_status: string;
        quality_flags: string[];
        organisation_id: string;
        duration: number | null;
        counted: boolean;
      }
    | undefined;
}

/** A POST through the real proxy from a chosen loopback address (one client per address). */
const postFrom = (
  localAddress: string,
  fn: string,
  body: object,
  headers: Record<string, string> = {},
) => postFromAddress(api.url, api.cluster.secrets.anonKey, localAddress, fn, body, headers);

async function submitFrom(
  localAddress: string,
  input: object,
  headers: Record<string, string> = {},
) {
  const challenge = await postFrom(localAddress, 'submission_challenge', {}, headers);
  expect(challenge.status).toBe(200);
  const proof = await solveChallenge(challenge.body);
  return postFrom(localAddress, 'submit_response', { ...input, proof }, headers);
}

describe('proof of work', () => {
  it('issues random, stored, expiring challenges whose number the solver finds', async () => {
    const numbers = new Set<number>();
    for (let i = 0; i < 8; i++) {
      const challenge = await fetchSubmissionChallenge(api.anon);
      expect(challenge).toMatchObject({ algorithm: 'SHA-256', maxnumber: 1000 });
      const lifetime = Date.parse(challenge.expiresAt) - Date.now();
      expect(lifetime).toBeGreaterThan(14 * 60_000);
      expect(lifetime).toBeLessThanOrEqual(15 * 60_000);
      const proof = await solveChallenge(challenge);
      expect(proof?.salt).toBe(challenge.salt);
      numbers.add(proof!.number);
    }
    expect(numbers.size).toBeGreaterThan(1);
    const { rows } = await api.sql.query('select count(*)::int as n from private.work_challenges');
    expect(rows[0].n).toBe(8);
  });

  it('refuses a live submission without a valid proof, and a proof twice', async () => {
    const missing = await api.anon.rpc('submit_response', submission());
    expect(missing.error?.hint).toBe('invalid_proof');
    expect(missing.error?.message).toBe(await api.errorMessage('invalid_proof'));
    expect(missing.status).toBe(400);

    const challenge = await fetchSubmissionChallenge(api.anon);
    const proof = (await solveChallenge(challenge))!;
    for (const wrong of [
      { salt: challenge.salt, number: (proof.number + 1) % 1001 },
      { salt: challenge.salt, number: '12' },
      { salt: 'not hex', number: proof.number },
      { number: proof.number },
      [],
    ]) {
      const { error } = await api.anon.rpc(
        'submit_response',
        submission(varied(2), { proof: wrong }),
      );
      expect(error?.hint, JSON.stringify(wrong)).toBe('invalid_proof');
    }
    const first = await api.anon.rpc('submit_response', submission(varied(2), { proof }));
    expect(first.error).toBeNull();
    const again = await api.anon.rpc('submit_response', submission(varied(3), { proof }));
    expect(again.error?.hint).toBe('expired_proof');
    expect(again.status).toBe(410);
    const { rows } = await api.sql.query('select count(*)::int as n from private.responses');
    expect(rows[0].n).toBe(1);
  });

  it('refuses an expired challenge, and spends one proof once under concurrency', async () => {
    const old = await proofFor(api.anon);
    await api.sql.query(
      `update private.work_challenges set expires_at = now() - interval '1 second' where salt = $1`,
      [old.salt],
    );
    const expired = await api.anon.rpc('submit_response', submission(varied(4), { proof: old }));
    expect(expired.error?.hint).toBe('expired_proof');

    const proof = await proofFor(api.anon);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api.anon.rpc('submit_response', submission(varied(10 + i), { proof })),
      ),
    );
    expect(results.filter((r) => r.error === null)).toHaveLength(1);
    expect(results.filter((r) => r.error?.hint === 'expired_proof')).toHaveLength(5);
  });

  it('lets a retry of a stored submission through without a new proof', async () => {
    const input = submission(varied(5), { proof: await proofFor(api.anon) });
    expect((await api.anon.rpc('submit_response', input)).data.status).toBe('stored');
    const retry = { ...input, proof: undefined };
    const { data, error } = await api.anon.rpc('submit_response', retry);
    expect(error).toBeNull();
    expect(data.status).toBe('already_stored');
  });

  it('fetches a fresh challenge when the server says the proof expired', async () => {
    let solves = 0;
    const result = await submitWithProof(
      {
        responseId: randomUUID(),
        surveyVersion: VERSION,
        language: 'en',
        answers: varied(6),
        reportToken: newToken(),
      },
      api.anon,
      async (challenge) => {
        solves++;
        if (solves === 1)
          await api.sql.query(
            `update private.work_challenges set expires_at = now() - interval '1 second' where salt = $1`,
            [challenge.salt],
          );
        return solveChallenge(challenge);
      },
    );
    expect(result.status).toBe('stored');
    expect(solves).toBe(2);
  });
});

describe('rate limits', () => {
  it('lets exactly the per-client limit of 30 parallel submissions through, with 429 and the wait', async () => {
    const { rows } = await api.sql.query(
      'select client_submissions from private.pool_integrity_settings',
    );
    const limit = rows[0].client_submissions as number;
    expect(limit).toBe(20);
    const proofs = await Promise.all(Array.from({ length: 30 }, () => proofFor(api.anon)));
    const results = await Promise.all(
      proofs.map((proof, i) =>
        api.anon.rpc('submit_response', submission(varied(100 + i), { proof })),
      ),
    );
    const refused = results.filter((r) => r.error);
    expect(results.length - refused.length).toBe(limit);
    expect(refused).toHaveLength(30 - limit);
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(r.error?.hint).toBe('rate_limited');
      expect(r.error?.code).toBe('PT429');
      const seconds = Number(r.error?.details);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(3600);
      const asApiError = new ApiError(
        r.error!.message,
        r.error!.code,
        'rate_limited',
        r.error!.details,
      );
      expect(rateLimitDelayMs(asApiError)).toBe(seconds * 1000);
    }
    const count = await api.sql.query('select count(*)::int as n from private.responses');
    expect(count.rows[0].n).toBe(limit);
  });

  it('counts each client apart through the proxy, which a forged X-Forwarded-For cannot change', async () => {
    await settings('client_submissions = 2');
    expect((await submitFrom('127.0.0.2', submission(varied(20)))).status).toBe(200);
    expect((await submitFrom('127.0.0.2', submission(varied(21)))).status).toBe(200);
    const third = await submitFrom('127.0.0.2', submission(varied(22)));
    expect(third.status).toBe(429);
    expect(third.body.hint).toBe('rate_limited');
    const forged = await submitFrom('127.0.0.2', submission(varied(23)), {
      'x-forwarded-for': '203.0.113.9',
    });
    expect(forged.status).toBe(429);
    expect((await submitFrom('127.0.0.3', submission(varied(24)))).status).toBe(200);
  });

  it('keys a client by its IPv4 address, and an IPv6 client by its /64', async () => {
    const keyOf = async (forwarded: string) => {
      const { rows } = await api.sql.query<{ key: Buffer }>(
        `select set_config('request.headers', $1, true), private.client_key() as key`,
        [JSON.stringify({ 'x-forwarded-for': forwarded })],
      );
      return rows[0]!.key.toString('hex');
    };
    expect(await keyOf('2001:db8:1:2::1')).toBe(await keyOf('2001:db8:1:2:ffff:ffff:ffff:fffe'));
    expect(await keyOf('2001:db8:1:2::1')).not.toBe(await keyOf('2001:db8:1:3::1'));
    expect(await keyOf('192.0.2.1')).not.toBe(await keyOf('192.0.2.2'));
    expect(await keyOf('192.0.2.1, 10.0.0.1')).toBe(await keyOf('192.0.2.1'));
    expect(await keyOf('not an address')).not.toBe(await keyOf(''));
  });

  it('keeps a global ceiling over all clients', async () => {
    await settings('global_submissions = 3');
    for (const [i, address] of ['127.0.0.4', '127.0.0.5', '127.0.0.6'].entries()) {
      expect((await submitFrom(address, submission(varied(30 + i)))).status).toBe(200);
    }
    const over = await submitFrom('127.0.0.7', submission(varied(40)));
    expect(over.status).toBe(429);
    expect(over.body.hint).toBe('rate_limited');
  });

  it('limits draft saves and challenges per client too, and upkeep forgets past windows', async () => {
    await settings('client_draft_saves = 3, client_challenges = 2');
    const token = newToken();
    const save = () =>
      api.anon.rpc('save_draft', {
        draft_token: token,
        survey_version: VERSION,
        language: 'en',
        page_number: 1,
        answers: {},
      });
    for (let i = 0; i < 3; i++) expect((await save()).error).toBeNull();
    expect((await save()).error?.hint).toBe('rate_limited');
    expect((await api.anon.rpc('submission_challenge')).error).toBeNull();
    expect((await api.anon.rpc('submission_challenge')).error).toBeNull();
    expect((await api.anon.rpc('submission_challenge')).error?.hint).toBe('rate_limited');

    await api.sql.query(
      `update private.rate_counters set window_start = window_start - interval '2 hours'`,
    );
    await api.sql.query('select private.pool_integrity_upkeep()');
    const { rows } = await api.sql.query('select count(*)::int as n from private.rate_counters');
    expect(rows[0].n).toBe(0);
    expect((await save()).error).toBeNull();
  });
});

describe('quality checks before the pool', () => {
  async function submitTimed(answers: object, secondsAgo: number | null, extra: object = {}) {
    const input = submission(answers as never, extra);
    if (secondsAgo !== null) Object.assign(input, { draft_token: await draftStarted(secondsAgo) });
    const { data, error } = await api.anon.rpc('submit_response', {
      ...input,
      proof: await proofFor(api.anon),
    });
    expect(error).toBeNull();
    return { ...input, result: data, row: (await stored(input.response_id))! };
  }

  it('counts a careful response and holds a speeder, who still gets a report', async () => {
    const careful = await submitTimed(varied(50), 600);
    expect(careful.row).toMatchObject({ pool_status: 'counted', quality_flags: [], counted: true });
    expect(careful.row.duration).toBeGreaterThanOrEqual(600);
    expect(careful.result.poolStatus).toBe('counted');

    const fast = await submitTimed(varied(51), 20);
    expect(fast.row).toMatchObject({
      pool_status: 'held',
      quality_flags: ['speeding'],
      counted: false,
    });
    expect(fast.result.poolStatus).toBe('held');
    const report = await api.anon.rpc('response_report', { report_token: fast.report_token });
    expect(report.error).toBeNull();
    // the benchmark report tells its owner the result waits for a review, never why
    const benchmarks = await api.anon.rpc('benchmark_report', { report_token: fast.report_token });
    expect(benchmarks.data).toMatchObject({ poolStatus: 'held', ownResultReleased: false });
    expect(JSON.stringify(benchmarks.data)).not.toContain('speeding');
    const mine = await api.anon.rpc('benchmark_report', { report_token: careful.report_token });
    expect(mine.data).toMatchObject({ poolStatus: 'counted' });
    const { rows } = await api.sql.query(
      'select count(*)::int as n from private.rollup_queue where response_id = $1',
      [fast.response_id],
    );
    expect(rows[0].n).toBe(0);

    const untimed = await submitTimed(varied(52), null);
    expect(untimed.row.quality_flags).toEqual(['no_timing']);
  });

  it('holds a response faster than a third of the median once 30 counted responses have a duration', async () => {
    await settings('client_submissions = 100');
    for (let i = 0; i < 29; i++) await submitTimed(varied(200 + i), 3000);
    expect((await submitTimed(varied(300), 900)).row.pool_status).toBe('counted');
    // 30 counted durations now, median 3000 s: 900 s is under a third
    const slowEnough = await submitTimed(varied(301), 1001);
    expect(slowEnough.row.pool_status).toBe('counted');
    const tooFast = await submitTimed(varied(302), 900);
    expect(tooFast.row).toMatchObject({ pool_status: 'held', quality_flags: ['speeding'] });
  });

  it('holds straight-lined matrices', async () => {
    const lined = await submitTimed(completeAnswers(assessmentV1Spec, firstOption), 600);
    expect(lined.row).toMatchObject({ pool_status: 'held', quality_flags: ['straight_lining'] });
  });

  it('holds the same answer set from the same client within the window, not from another', async () => {
    const answers = varied(60);
    await submitTimed({ ...answers, organisation_name: 'Acme' }, 600);
    const copy = await submitTimed({ ...answers, organisation_name: 'Acme 2' }, 600);
    expect(copy.row).toMatchObject({ pool_status: 'held', quality_flags: ['duplicate'] });

    const elsewhere = submission(varied(60), { draft_token: await draftStarted(600) });
    const response = await submitFrom('127.0.0.8', elsewhere);
    expect(response.status).toBe(200);
    expect((await stored(elsewhere.response_id))!.quality_flags).toEqual([]);

    await api.sql.query(
      `update private.recent_submissions set submitted_at = now() - interval '25 hours'`,
    );
    const later = await submitTimed(varied(60), 600);
    expect(later.row.quality_flags).toEqual([]);
  });

  it('counts a retake as the same organisation, replacing its earlier result', async () => {
    const first = await submitTimed(varied(70), 600);
    const retake = await submitTimed(varied(71), 600, {
      previous_report_token: first.report_token,
    });
    expect(retake.row.organisation_id).toBe(first.row.organisation_id);
    expect(retake.row.counted).toBe(true);
    expect((await stored(first.response_id))!.counted).toBe(false);
    const { rows } = await api.sql.query(
      'select count(*)::int as n from private.organisation_results where organisation_id = $1',
      [first.row.organisation_id],
    );
    expect(rows[0].n).toBe(1);

    const unknown = await submitTimed(varied(72), 600, { previous_report_token: newToken() });
    expect(unknown.row.organisation_id).toBe(unknown.response_id);
  });
});

describe('operator decisions', () => {
  it('admits a held response into the pool and rejects another for good', async () => {
    const held = submission(varied(80));
    await api.anon.rpc('submit_response', { ...held, proof: await proofFor(api.anon) });
    const other = submission(varied(81));
    await api.anon.rpc('submit_response', { ...other, proof: await proofFor(api.anon) });
    const list = await api.sql.query('select id from private.held_responses()');
    expect(list.rows.map((r) => r.id).sort()).toEqual([held.response_id, other.response_id].sort());

    await api.sql.query('select private.admit_response($1)', [held.response_id]);
    expect(await stored(held.response_id)).toMatchObject({ pool_status: 'counted', counted: true });
    await api.sql.query('select private.reject_response($1)', [other.response_id]);
    expect(await stored(other.response_id)).toMatchObject({
      pool_status: 'rejected',
      counted: false,
    });
    await expect(
      api.sql.query('select private.admit_response($1)', [held.response_id]),
    ).rejects.toThrow(/not held or rejected/);
    await expect(
      api.sql.query('select private.reject_response($1)', [other.response_id]),
    ).rejects.toThrow(/not held/);
  });

  it('never lets an older held response replace a newer counted result of the same organisation', async () => {
    const old = submission(varied(90));
    await api.anon.rpc('submit_response', { ...old, proof: await proofFor(api.anon) });
    const newer = submission(varied(91), {
      previous_report_token: old.report_token,
      draft_token: await draftStarted(600),
    });
    await api.anon.rpc('submit_response', { ...newer, proof: await proofFor(api.anon) });
    expect((await stored(newer.response_id))!.counted).toBe(true);
    await expect(
      api.sql.query('select private.admit_response($1)', [old.response_id]),
    ).rejects.toThrow(/newer result/);
  });
});

describe('draft expiry', () => {
  it('refuses a draft not saved for 30 days, and upkeep deletes it', async () => {
    const stale = await draftStarted(0);
    const fresh = await draftStarted(0);
    await api.sql.query(
      `update private.drafts set updated_at = now() - interval '30 days 1 minute'
       where token_hash = private.token_hash($1)`,
      [stale],
    );
    const refused = await api.anon.rpc('load_draft', { draft_token: stale });
    expect(refused.error?.hint).toBe('expired_draft');
    expect(refused.status).toBe(410);
    expect((await api.anon.rpc('load_draft', { draft_token: fresh })).error).toBeNull();
    const { rows } = await api.sql.query('select private.expire_drafts() as removed');
    expect(rows[0].removed).toBe(1);
    expect((await api.anon.rpc('load_draft', { draft_token: stale })).error?.hint).toBe(
      'unknown_draft',
    );
  });

  it('records when a draft started and never moves it on later saves', async () => {
    const token = await draftStarted(300);
    await saveDraft(
      { draftToken: token, surveyVersion: VERSION, language: 'en', pageNumber: 3, answers: {} },
      api.anon,
    );
    const { rows } = await api.sql.query(
      `select extract(epoch from updated_at - started_at)::float8 as gap from private.drafts
       where token_hash = private.token_hash($1)`,
      [token],
    );
    expect(rows[0].gap).toBeGreaterThanOrEqual(300);
  });
});

describe('the same rules in TypeScript and in the database', () => {
  /** Answer sets that straight-line, nearly do, vary, or leave matrix rows out. */
  function answerSets() {
    const second: TPick = (choices) => choices[1]!;
    const sets = [firstOption, lastOption, second].map((pick) =>
      completeAnswers(assessmentV1Spec, pick),
    );
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed);
      // mostly one column, sometimes another: long runs of varying length
      const sticky: TPick = (choices) => choices[random() < 0.9 ? 0 : 1]!;
      const answers = completeAnswers(assessmentV1Spec, seed % 2 ? sticky : seededPick(seed));
      if (seed % 3 === 0) delete answers['brand_channels'];
      if (seed % 5 === 0) {
        const effort = { ...(answers['effort_tasks'] as Record<string, string>) };
        delete effort[Object.keys(effort)[0]!];
        answers['effort_tasks'] = effort;
      }
      sets.push(answers);
    }
    return sets;
  }

  it('agrees on answered items, the long-string index and the straight-lining flag', async () => {
    let flagged = 0;
    for (const answers of answerSets()) {
      const { rows } = await api.sql.query(
        `select private.answered_items($2::jsonb) as answered, l.longest, l.flagged
         from private.survey_versions v, private.longstring(v.answer_spec, $2::jsonb, 5) as l
         where v.version = $1`,
        [VERSION, JSON.stringify(answers)],
      );
      const columns = matrixPositions(assessmentV1Spec, answers).map((p) => p.column);
      expect(rows[0]).toEqual({
        answered: answeredItems(answers),
        longest: longstring(columns),
        flagged: isStraightLining(assessmentV1Spec, answers),
      });
      if (rows[0].flagged) flagged++;
    }
    expect(flagged).toBeGreaterThan(2); // both outcomes were compared
  });

  it('agrees on the speeding flags, before and after 30 counted durations', async () => {
    const cases: [number | null, number][] = [
      [null, 40],
      [10, 40],
      [59.9, 40],
      [60, 40],
      [300, 40],
      [700, 40],
      [1200, 40],
    ];
    const compare = async (durations: number[]) => {
      for (const [seconds, answered] of cases) {
        const { rows } = await api.sql.query('select private.speeding_flags($1, $2) as flags', [
          seconds,
          answered,
        ]);
        expect(rows[0].flags, `${seconds} s`).toEqual(
          speedingFlags(seconds, answered, durations, DEFAULT_THRESHOLDS),
        );
      }
    };
    await compare([]);
    const durations = Array.from({ length: 30 }, (_, i) => 1500 + 100 * i);
    for (const duration of durations) {
      const { id } = await seedOrganisation(api.sql, { score: 50 });
      await api.sql.query('update private.responses set duration_seconds = $2 where id = $1', [
        id,
        duration,
      ]);
    }
    await compare(durations);
  });
});

describe('the methodology page', () => {
  it('states the settings the database uses', async () => {
    await api.sql.query('delete from private.pool_integrity_settings');
    const { rows } = await api.sql.query(
      `insert into private.pool_integrity_settings default values
       returning proof_max_number, extract(epoch from proof_lifetime)::int / 60 as proof_minutes,
         extract(epoch from rate_window)::int / 3600 as window_hours,
         client_submissions, global_submissions, client_draft_saves, global_draft_saves,
         client_challenges, global_challenges, seconds_per_item::float8 as per_item,
         median_fraction::float8 as fraction, median_min_responses, longstring_min_matrix,
         extract(epoch from duplicate_window)::int / 3600 as duplicate_hours,
         extract(epoch from draft_lifetime)::int / 86400 as draft_days`,
    );
    const s = rows[0];
    const n = (value: number) => value.toLocaleString('en');
    const text = JSON.stringify(methodologyEn);
    expect(s.window_hours).toBe(1);
    expect(s.fraction).toBeCloseTo(1 / 3, 3);
    for (const phrase of [
      `between 0 and ${n(s.proof_max_number)}`,
      `expires after ${s.proof_minutes} minutes`,
      `at most ${s.client_submissions} submissions, ${s.client_draft_saves} draft saves and ${s.client_challenges} puzzles`,
      `at most ${n(s.global_submissions)} submissions, ${n(s.global_draft_saves)} draft saves and ${n(s.global_challenges)} puzzles`,
      `${s.per_item} seconds per answered item`,
      `Once ${s.median_min_responses} counted responses`,
      'one third of their median',
      `${s.longstring_min_matrix} rows or more`,
      `within ${s.duplicate_hours} hours`,
      `kept for ${s.draft_days} days`,
    ])
      expect(text).toContain(phrase);
  });
});
