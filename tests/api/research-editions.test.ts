/**
 * Benchmark editions and their research data packages, against a real
 * database: frozen from the released live pool only, never altered, exported
 * with consent respected, nothing identifying, strict k, and read by pandas.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { runEditionCommand } from '../../stack/edition-commands.ts';
import { currentAssessmentSpec, type TAnswers } from '../../surveys/assessment/index.ts';
import { consultantWithClient, executiveAnswers } from '../fixtures/consultant-client.ts';
import { relaxPoolIntegrity, submitWithProof } from '../fixtures/live-submission.ts';
import { releaseQueued, resetBenchmarks, seedOrganisation } from '../fixtures/seed-pool.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();
const K = 5;
const LABEL = '2026-H2';

/** Every value a package must never contain. */
const secrets: string[] = [];
const SECRET_NAME = 'Acme Secret Holdings';
const CLIENT_NAME = 'Client Confidential Ltd';

/** Ten standalone segments: each attribute value five times, combinations of one or two. */
const SEGMENTS = Array.from({ length: 10 }, (_, i) => ({
  industry: i % 2 === 0 ? 'insurance' : 'retail_ecommerce',
  company_size: [0, 1, 2, 5, 6].includes(i) ? 'size_1_49' : 'size_250_999',
  region: [0, 3, 4, 5, 8].includes(i) ? 'korea' : 'japan',
  business_model: i < 5 ? 'b2c' : 'b2b',
}));
// five more standalone respondents, all in the first segment, decline research use: in every group they
// belong to, the package then lacks at least k of the edition's organisations (fewer would let the edition's
// published figures minus the package single them out, and the export would leave out more)
const DECLINERS = 5;

/** A Python that has pandas: Debian's python3-pandas lives under /usr/bin/python3 (a pyenv may shadow it). */
function pandasPython(): string {
  for (const candidate of [process.env.PYTHON, '/usr/bin/python3', 'python3']) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ['-c', 'import pandas'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error("No python3 with pandas: install Debian's python3-pandas (or set PYTHON).");
}

async function submit(answers: TAnswers, consent: boolean | undefined, invitationToken?: string) {
  const reportToken = newToken();
  const responseId = randomUUID();
  await submitWithProof(
    {
      responseId,
      surveyVersion: currentAssessmentSpec.version,
      language: 'en',
      answers,
      reportToken,
      ...(invitationToken ? { invitationToken } : {}),
      ...(consent === undefined ? {} : { researchConsent: consent }),
    },
    api.anon,
  );
  secrets.push(reportToken, responseId);
  return responseId;
}

async function closeInvitation(organisationId: string) {
  await api.sql.query(
    'update private.invitations set closed_at = now() where organisation_id = $1',
    [organisationId],
  );
}

let demoIds: string[] = [];
let queuedId = '';
let edition: Record<string, unknown>;

beforeAll(async () => {
  await resetBenchmarks(api.sql);
  await relaxPoolIntegrity(api.sql);
  for (const [i, segment] of SEGMENTS.entries()) {
    const answers = { ...executiveAnswers(i), ...segment, organisation_name: SECRET_NAME };
    await submit(answers, true);
  }
  for (let i = 0; i < DECLINERS; i += 1) {
    await submit({ ...executiveAnswers(200 + i), ...SEGMENTS[0] }, false);
  }
  // a client organisation whose three executives consent, and one where one of three declines;
  // both in the first segment's values so that their batch is safe
  for (const [name, consents] of [
    [CLIENT_NAME, [true, true, true]],
    ['Client Two', [true, false, true]],
  ] as const) {
    const client = await consultantWithClient(api.anon, name, SEGMENTS[0]);
    secrets.push(client.workspaceKey, client.invitationToken, client.organisationId);
    for (const [j, consent] of consents.entries()) {
      await submit(executiveAnswers(100 + j), consent, client.invitationToken);
    }
    await closeInvitation(client.organisationId);
  }
  // demo and bench pools: consenting, but never in an edition
  demoIds = [];
  for (const pool of ['demo', 'bench'] as const) {
    for (let i = 0; i < K; i += 1) {
      const seeded = await seedOrganisation(api.sql, { score: 50, pool });
      demoIds.push(seeded.id);
      secrets.push(seeded.id, seeded.reportToken);
    }
  }
  await api.sql.query('update private.responses set research_consent = true where pool <> $1', [
    'live',
  ]);
  while ((await releaseQueued(api.sql)) > 0);
  // one more live organisation, not released yet: not in the edition
  queuedId = await submit({ ...executiveAnswers(50), ...SEGMENTS[1] }, true);

  const { rows } = await api.sql.query('select private.freeze_edition($1) as edition', [LABEL]);
  edition = rows[0].edition;
  const { rows: ids } = await api.sql.query(
    `select id::text from private.combined_results union all select organisation_id::text from private.responses`,
  );
  secrets.push(...ids.map((r) => r.id as string));
}, 120_000);

describe('freezing an edition', () => {
  it('counts the released live pool only: no demo, bench or unreleased result', async () => {
    // 15 standalone organisations and 2 client organisations
    expect(edition).toMatchObject({ label: LABEL, n: 17, k: K, access: 'private' });
    expect(edition).toMatchObject({ fieldworkFrom: '2026-07-01', fieldworkTo: '2026-12-31' });
    const { rows } = await api.sql.query(
      `select m.entry_id::text from private.edition_entries m
       join private.benchmark_editions e on e.id = m.edition_id where e.label = $1`,
      [LABEL],
    );
    const members = rows.map((r) => r.entry_id);
    expect(members).toHaveLength(17);
    for (const id of [...demoIds, queuedId]) expect(members).not.toContain(id);
    const whole = (
      edition.statistics as { groups: { attribute: string; organisations?: number }[] }
    ).groups[0];
    expect(whole).toMatchObject({ attribute: 'all', organisations: 17 });
  });

  it('stores a SHA-256 of its content that anyone can recompute', async () => {
    const { data, error } = await api.anon.rpc('benchmark_edition', { label: LABEL });
    expect(error).toBeNull();
    const { sha256, access, ...content } = data;
    expect(access).toBe('private');
    const { rows } = await api.sql.query(
      `select encode(sha256(convert_to($1::jsonb::text, 'UTF8')), 'hex') as digest`,
      [JSON.stringify(content)],
    );
    expect(rows[0].digest).toBe(sha256);
    const list = await api.anon.rpc('benchmark_editions');
    expect(list.data).toEqual([expect.objectContaining({ label: LABEL, n: 17, sha256 })]);
  });

  it('leaves out organisations outside the dates only in groups of at least k', async () => {
    // fieldwork that ended before anyone answered: everyone is outside the dates
    type TGroup = { attribute: string; value: string; organisations?: number };
    const groups = (e: Record<string, unknown>) =>
      new Map(
        (e.statistics as { groups: TGroup[] }).groups.map((g) => [`${g.attribute}=${g.value}`, g]),
      );
    let old: Record<string, unknown> | undefined;
    try {
      const { rows } = await api.sql.query(
        `select private.freeze_edition('old-window', '2025-01-01', '2025-06-30') as edition`,
      );
      old = rows[0].edition;
    } catch (error) {
      expect((error as Error).message).toMatch(/at least k = 5/);
    }
    if (old === undefined) return;
    expect(old.inclusionRule).toMatch(/\d+ were kept for that reason/);
    const current = groups(edition);
    for (const [key, group] of groups(old)) {
      const left = (current.get(key)?.organisations ?? 0) - (group.organisations ?? 0);
      if (group.organisations !== undefined && current.get(key)?.organisations !== undefined) {
        expect(left === 0 || left >= K, `${key} differs by ${left}`).toBe(true);
      }
    }
  });

  it('never changes: not by the superuser, not by any API role; a label is frozen once', async () => {
    for (const statement of [
      `update private.benchmark_editions set n = n + 1 where label = '${LABEL}'`,
      `delete from private.benchmark_editions where label = '${LABEL}'`,
      'truncate private.benchmark_editions cascade',
      'delete from private.edition_entries',
      'truncate private.edition_entries',
      'update private.edition_package_members set answers = null',
      'delete from private.edition_package_members',
      'truncate private.edition_package_members',
      'delete from private.edition_group_sizes',
      // rows added to a frozen edition
      'insert into private.edition_entries select edition_id, gen_random_uuid() from private.edition_entries limit 1',
      `insert into private.edition_group_sizes select edition_id, 'industry', 'added', 1
       from private.edition_group_sizes limit 1`,
    ]) {
      await expect(api.sql.query(statement), statement).rejects.toThrow(/never change/);
    }
    for (const role of ['anon', 'authenticated', 'service_role']) {
      await api.sql.query(`set role ${role}`);
      try {
        await expect(
          api.sql.query(`update private.benchmark_editions set n = 1`),
          role,
        ).rejects.toThrow(/permission denied/);
        for (const table of [
          'edition_entries',
          'edition_package_members',
          'edition_package_digests',
        ]) {
          await expect(api.sql.query(`delete from private.${table}`), role).rejects.toThrow(
            /permission denied/,
          );
        }
      } finally {
        await api.sql.query('reset role');
      }
    }
    await expect(api.sql.query('select private.freeze_edition($1)', [LABEL])).rejects.toThrow(
      /exists and never changes/,
    );
    // publishing changes the package's access, not the edition
    const before = (await api.anon.rpc('benchmark_edition', { label: LABEL })).data;
    expect(await runEditionCommand(api.sql, ['publish', '--label', LABEL])).toMatchObject({
      exitCode: 0,
    });
    const after = (await api.anon.rpc('benchmark_edition', { label: LABEL })).data;
    expect(after).toEqual({ ...before, access: 'public' });
    await runEditionCommand(api.sql, ['unpublish', '--label', LABEL]);
  });

  it('refuses an edition that would differ from an earlier one by fewer than k organisations in a group', async () => {
    // one organisation's released result replaced, as by a retake: the two editions would differ by it alone
    const { rows } = await api.sql.query(
      `select o.organisation_id, o.response_id from private.organisation_results o
       join private.responses r on r.id = o.response_id where r.pool = 'live' limit 1`,
    );
    const { organisation_id: organisationId, response_id: original } = rows[0];
    const retake = randomUUID();
    await api.sql.query(
      `insert into private.responses (id, organisation_id, survey_version, language, answers, industry,
         company_size, region, business_model, respondent_function, respondent_seniority, report_token_hash, pool)
       select $1, organisation_id, survey_version, language, answers, industry, company_size, region,
              business_model, respondent_function, respondent_seniority, private.token_hash($2), pool
       from private.responses where id = $3`,
      [retake, newToken(), original],
    );
    await api.sql.query(
      `insert into private.response_scores (response_id, dimension, score, stage)
       select $1, dimension, score, stage from private.response_scores where response_id = $2`,
      [retake, original],
    );
    const swap =
      'update private.organisation_results set response_id = $1 where organisation_id = $2';
    await api.sql.query(swap, [retake, organisationId]);
    try {
      await expect(
        api.sql.query(`select private.freeze_edition('2026-H2-b', '2026-07-01', '2026-12-31')`),
      ).rejects.toThrow(/fewer than k = 5 organisations in a peer group/);
      const { rows: made } = await api.sql.query(
        `select count(*)::int as n from private.benchmark_editions where label = '2026-H2-b'`,
      );
      expect(made).toEqual([{ n: 0 }]);
    } finally {
      await api.sql.query(swap, [original, organisationId]);
    }
  });

  it('lets only the service role freeze or publish through the API, and no API key read package rows', async () => {
    for (const [fn, args] of [
      ['freeze_edition', { label: 'anon-try' }],
      ['set_edition_access', { label: LABEL, access: 'public' }],
      ['edition_package_rows', { label: LABEL }],
      ['edition_package_combinations', { label: LABEL }],
      [
        'record_edition_package',
        { label: LABEL, data_sha256: '0'.repeat(64), data_bytes: 1, data_rows: 1 },
      ],
    ] as const) {
      const { error } = await api.anon.rpc(fn, args);
      expect(error, fn).not.toBeNull();
    }
    // the unsuppressed rows are the operator's only, over a direct database connection
    const service = api.clientFor(api.cluster.secrets.serviceRoleKey);
    for (const schema of ['api', 'private']) {
      for (const fn of ['edition_package_rows', 'edition_package_combinations']) {
        const { data, error } = await api
          .clientFor(api.cluster.secrets.serviceRoleKey, schema)
          .rpc(fn, {
            label: LABEL,
          });
        expect(error, `${schema}.${fn}`).not.toBeNull();
        expect(data, `${schema}.${fn}`).toBeNull();
      }
    }
    const access = await service.rpc('set_edition_access', { label: LABEL, access: 'private' });
    expect(access.error).toBeNull();
    const { rows } = await api.sql.query(
      'select sum(rows)::int as rows from private.edition_package_combinations($1)',
      [LABEL],
    );
    expect(rows).toEqual([{ rows: 11 }]);
    const unknown = await api.anon.rpc('benchmark_edition', { label: 'nope' });
    expect(unknown.error?.code).toBe('PT404');
  });
});

describe('the research data package', () => {
  let dir = '';
  let dataLines: string[][] = [];
  let header: string[] = [];

  /** Exports the package into `dir`/`name`.zip and unpacks it into `dir`/`name`; the command's result. */
  async function exportPackage(name: string) {
    const zip = join(dir, `${name}.zip`);
    const result = await runEditionCommand(api.sql, ['export', '--label', LABEL, '--out', zip]);
    if (result.exitCode === 0) {
      execFileSync('python3', [
        '-c',
        'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
        zip,
        join(dir, name),
      ]);
    }
    return result;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'edition-'));
    const result = await exportPackage('files');
    expect(result, result.output).toMatchObject({ exitCode: 0 });
    const lines = readFileSync(join(dir, 'files', 'data.csv'), 'utf8')
      .trimEnd()
      .split('\r\n');
    header = (lines[0] as string).split(',');
    dataLines = lines.slice(1).map((line) => line.split(','));
  }, 60_000);

  it('holds every consenting organisation once: 10 standalone and the client whose executives all consented', () => {
    expect(dataLines).toHaveLength(11);
    const item = header.indexOf('alignment_collaboration');
    const score = header.indexOf('score_overall');
    // one row (the combined result) has scores but no item answers
    expect(dataLines.filter((row) => row[item] === '' && row[score] !== '')).toHaveLength(1);
    expect(new Set(dataLines.map((row) => row[0])).size).toBe(11);
    for (const row of dataLines) expect(row[1]).toBe('2026-H2');
  });

  it('makes every combination of the four quasi-identifiers hold at least k rows', () => {
    const columns = ['industry', 'company_size', 'region', 'business_model'].map((name) =>
      header.indexOf(name),
    );
    const counts = new Map<string, number>();
    for (const row of dataLines) {
      const key = columns.map((c) => row[c]).join('|');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) expect(count, key).toBeGreaterThanOrEqual(K);
    const codebook = readFileSync(join(dir, 'files', 'codebook.md'), 'utf8');
    expect(codebook).toContain('a blank counting as a value of its own');
  });

  it('contains no token, id, name or timestamp in any file', () => {
    const files: string[] = [];
    const walk = (folder: string): void => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(join(dir, 'files'));
    expect(files.map((f) => f.slice(join(dir, 'files').length + 1)).sort()).toEqual([
      'CITATION.cff',
      'README.md',
      'aggregates/by_business_model.csv',
      'aggregates/by_company_size.csv',
      'aggregates/by_industry.csv',
      'aggregates/by_region.csv',
      'aggregates/overall.csv',
      'codebook.md',
      'data.csv',
      'datapackage.json',
      'read_data.R',
      'read_data.do',
      'read_data.py',
      'read_data.sps',
    ]);
    expect(secrets.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const secret of [...secrets, SECRET_NAME, CLIENT_NAME, 'Client Two']) {
        expect(text.includes(secret), `${file} holds ${secret}`).toBe(false);
      }
      expect(text, file).not.toMatch(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d/);
      expect(text, file).not.toMatch(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
      );
    }
  });

  it('is read by pandas with its value labels and types (read_data.py)', () => {
    const probe = [
      'import json, runpy',
      'data = runpy.run_path("read_data.py")["data"]',
      'print(json.dumps({',
      '  "rows": len(data),',
      '  "dtypes": {c: str(data[c].dtype) for c in ["row_id", "score_overall", "stage_overall", "industry", "auto_prio__chatbots"]},',
      '  "answers": sorted(str(v) for v in data["alignment_collaboration"].dropna().unique()),',
      '  "stage_categories": [str(c) for c in data["stage_overall"].cat.categories],',
      '  "stage_ordered": bool(data["stage_overall"].cat.ordered),',
      '  "labels": data.attrs["variable_labels"]["score_overall"],',
      '}))',
    ].join('\n');
    const output = execFileSync(pandasPython(), ['-c', probe], {
      cwd: join(dir, 'files'),
    }).toString();
    const read = JSON.parse(output);
    expect(read.rows).toBe(11);
    expect(read.dtypes).toEqual({
      row_id: 'string',
      score_overall: 'Float64',
      stage_overall: 'category',
      industry: 'category',
      auto_prio__chatbots: 'category',
    });
    const schema = JSON.parse(readFileSync(join(dir, 'files', 'datapackage.json'), 'utf8'));
    const fields = schema.resources[0].schema.fields;
    const item = fields.find((f: { name: string }) => f.name === 'alignment_collaboration');
    const labels = item.categories.map((c: { label: string }) => c.label);
    expect(read.answers.length).toBeGreaterThan(0);
    for (const value of read.answers) expect(labels).toContain(value);
    const stage = fields.find((f: { name: string }) => f.name === 'stage_overall');
    expect(read.stage_categories).toEqual(stage.categories.map((c: { label: string }) => c.label));
    expect(read.stage_ordered).toBe(true);
    expect(read.labels).toBe(
      fields.find((f: { name: string }) => f.name === 'score_overall').title,
    );
  });

  it('writes the same data.csv on every build, its SHA-256 recorded with the edition and in datapackage.json', async () => {
    const first = readFileSync(join(dir, 'files', 'data.csv'));
    const digest = createHash('sha256').update(first).digest('hex');
    const listed = (await api.anon.rpc('benchmark_editions')).data as { dataSha256: string }[];
    expect(listed[0]?.dataSha256).toBe(digest);
    const descriptor = JSON.parse(readFileSync(join(dir, 'files', 'datapackage.json'), 'utf8'));
    expect(descriptor.resources[0]).toMatchObject({
      hash: `sha256:${digest}`,
      bytes: first.length,
    });
    expect(readFileSync(join(dir, 'files', 'README.md'), 'utf8')).toContain(digest);
    const again = await exportPackage('again');
    expect(again, again.output).toMatchObject({ exitCode: 0 });
    expect(again.output).toContain(digest);
    expect(readFileSync(join(dir, 'again', 'data.csv')).equals(first)).toBe(true);
  });

  it('keeps its rows when consent or results change after freezing', async () => {
    const first = readFileSync(join(dir, 'files', 'data.csv'));
    // a member withdraws, Client Two's decliner agrees after all, and a new live organisation is released
    const flip = `update private.responses set research_consent = not research_consent
                  where id = (select m.entry_id from private.edition_entries m
                              join private.responses r on r.id = m.entry_id
                              where r.research_consent order by m.entry_id limit 1)
                     or (not research_consent
                         and organisation_id in (select id from private.client_organisations))
                  returning id`;
    const { rows: flipped } = await api.sql.query(flip);
    expect(flipped).toHaveLength(2);
    await submit({ ...executiveAnswers(60), ...SEGMENTS[2] }, true);
    while ((await releaseQueued(api.sql)) > 0);
    try {
      const later = await exportPackage('later');
      expect(later, later.output).toMatchObject({ exitCode: 0 });
      expect(readFileSync(join(dir, 'later', 'data.csv')).equals(first)).toBe(true);
    } finally {
      await api.sql.query(
        'update private.responses set research_consent = not research_consent where id = any($1)',
        [flipped.map((r) => r.id)],
      );
    }
  });

  it('refuses a build whose data.csv differs from the one recorded, and writes nothing', async () => {
    // as a later code change that altered an edition's data would: the recorded digest no longer matches
    const setDigest = async (value: string) => {
      await api.sql.query(
        'alter table private.edition_package_digests disable trigger edition_package_digests_immutable',
      );
      try {
        const { rows } = await api.sql.query(
          `update private.edition_package_digests d set data_sha256 = $1
           from private.benchmark_editions e where e.id = d.edition_id and e.label = $2
           returning (select data_sha256 from private.edition_package_digests x where x.edition_id = d.edition_id)`,
          [value, LABEL],
        );
        return rows[0]?.data_sha256 as string;
      } finally {
        await api.sql.query(
          'alter table private.edition_package_digests enable trigger edition_package_digests_immutable',
        );
      }
    };
    const recorded = await setDigest('0'.repeat(64));
    try {
      const refused = await exportPackage('refused');
      expect(refused.exitCode).toBe(1);
      expect(refused.output).toMatch(/differs from the one first built/);
      expect(readdirSync(dir).filter((name) => name.startsWith('refused'))).toEqual([]);
    } finally {
      await setDigest(recorded);
    }
  });
});
