/**
 * The attacker who holds an edition's published figures and its data package
 * and subtracts one from the other (issue 16). One organisation of a
 * published group declines research use; without more care the edition's
 * stage counts minus the package's would be its stages. The export leaves
 * out more, so that in every published group the package lacks no
 * organisation or at least k.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codebookVariables } from '../../src/lib/research/codebook.ts';
import { GENERALISED_VALUES, QUASI_IDENTIFIERS } from '../../src/lib/research/hierarchies.ts';
import { runEditionCommand } from '../../stack/edition-commands.ts';
import { currentAssessment } from '../../surveys/assessment/index.ts';
import { currentScoringModel } from '../../surveys/scoring/index.ts';
import { releaseQueued, resetBenchmarks, seedOrganisation } from '../fixtures/seed-pool.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();
const K = 5;
const LABEL = '2026-H2';
const DIMENSIONS = [...currentScoringModel.dimensions.map((d) => d.id), 'overall'];

const VARIABLES = codebookVariables(currentAssessment, currentScoringModel, {
  quasiIdentifiers: QUASI_IDENTIFIERS,
  generalisedValues: GENERALISED_VALUES,
});

type TGroup = {
  attribute: string;
  value: string;
  organisations?: number;
  stageCounts?: Record<string, number[]>;
};

let groups: TGroup[] = [];
let header: string[] = [];
let rows: string[][] = [];
let output = '';

/** Exports an edition's package with the operator's command; its summary line and data.csv's cells. */
async function exportData(label: string) {
  const dir = mkdtempSync(join(tmpdir(), 'edition-difference-'));
  const zip = join(dir, 'package.zip');
  const result = await runEditionCommand(api.sql, ['export', '--label', label, '--out', zip]);
  expect(result, result.output).toMatchObject({ exitCode: 0 });
  execFileSync('python3', [
    '-c',
    'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
    zip,
    join(dir, 'files'),
  ]);
  const lines = readFileSync(join(dir, 'files', 'data.csv'), 'utf8')
    .trimEnd()
    .split('\r\n');
  return {
    output: result.output,
    header: (lines[0] as string).split(','),
    rows: lines.slice(1).map((line) => line.split(',')),
  };
}

beforeAll(async () => {
  await resetBenchmarks(api.sql);
  // insurance (business to consumer): nine that agree and one that declines, scoring far above them;
  // retail: five business-to-business that agree, and one business-to-consumer, alone in its combination: strict
  // k blanks values around it, and the business-to-consumer figures minus the file would then give it
  const organisations = [
    ...Array.from({ length: 9 }, (_, i) => ({
      industry: 'insurance',
      score: 30 + i,
      consent: true,
    })),
    { industry: 'insurance', score: 95, consent: false },
    ...Array.from({ length: 5 }, (_, i) => ({
      industry: 'retail_ecommerce',
      business_model: 'b2b',
      score: 45 + i,
      consent: true,
    })),
    { industry: 'retail_ecommerce', score: 88, consent: true },
  ];
  for (const organisation of organisations) {
    const { id } = await seedOrganisation(api.sql, organisation);
    await api.sql.query('update private.responses set research_consent = $2 where id = $1', [
      id,
      organisation.consent,
    ]);
  }
  await api.sql.query(
    'update private.response_scores set stage = nullif(private.stage_band(score), 0)',
  );
  while ((await releaseQueued(api.sql)) > 0);
  const frozen = await api.sql.query('select private.freeze_edition($1) as edition', [LABEL]);
  groups = (frozen.rows[0].edition.statistics as { groups: TGroup[] }).groups;

  const exported = await exportData(LABEL);
  output = exported.output;
  header = exported.header;
  rows = exported.rows;
}, 120_000);

describe('an edition minus its data package', () => {
  it('publishes every group the attacker would subtract from', () => {
    const published = groups.filter((g) => g.organisations !== undefined);
    expect(published.map((g) => `${g.attribute}=${g.value}:${g.organisations}`)).toEqual(
      expect.arrayContaining([
        'all=*:16',
        'industry=insurance:10',
        'industry=retail_ecommerce:6',
        'business_model=b2c:11',
        'business_model=b2b:5',
      ]),
    );
  });

  it('never leaves out fewer than k organisations of a published group, so no stage of the decliner shows', () => {
    expect(rows.length).toBeLessThanOrEqual(16 - K);
    for (const group of groups) {
      if (group.organisations === undefined || !group.stageCounts) continue;
      const column = group.attribute === 'all' ? -1 : header.indexOf(group.attribute);
      const members = rows.filter(
        (row) => column === -1 || codeOf(group.attribute, row[column]!) === group.value,
      );
      const leftOut = group.organisations - members.length;
      expect(
        leftOut === 0 || leftOut >= K,
        `${group.attribute}=${group.value} lacks ${leftOut}`,
      ).toBe(true);
      for (const dimension of DIMENSIONS) {
        const stage = header.indexOf(`stage_${dimension}`);
        const inPackage = [0, 1, 2, 3, 4, 5].map(
          (band) =>
            members.filter((row) => (row[stage] === '' ? 0 : Number(row[stage])) === band).length,
        );
        const difference = group.stageCounts[dimension]!.map((n, band) => n - inPackage[band]!);
        expect(difference.every((n) => n >= 0)).toBe(true);
        const total = difference.reduce((sum, n) => sum + n, 0);
        expect(total === 0 || total >= K, `${group.attribute}=${group.value} ${dimension}`).toBe(
          true,
        );
      }
    }
    const [, written, heldBack] =
      /: (\d+) of 16 organisations \(consenting, (\d+) more held back\)/.exec(output)!;
    expect(Number(written)).toBe(rows.length);
    expect(Number(written) + Number(heldBack)).toBe(15);
  });
});

/** The edition's value of a quasi-identifier cell: the codebook numbers the codes (codebook.md). */
function codeOf(attribute: string, cell: string): string | undefined {
  const variable = VARIABLES.find((v) => v.source === attribute);
  return variable?.categories?.find((c) => String(c.value) === cell)?.code;
}

describe('a second edition holding the same organisations', () => {
  it('never puts an organisation in two packages, so no row can be joined across them', async () => {
    // ten newcomers, five per industry: every published group changes by at least k, so it may be frozen
    const newcomers = [
      ...Array.from({ length: 5 }, (_, i) => ({ industry: 'insurance', score: 60 + i })),
      ...Array.from({ length: 5 }, (_, i) => ({
        industry: 'retail_ecommerce',
        business_model: 'b2b',
        score: 70 + i,
      })),
    ];
    for (const organisation of newcomers) {
      const { id } = await seedOrganisation(api.sql, organisation);
      await api.sql.query('update private.responses set research_consent = true where id = $1', [
        id,
      ]);
    }
    await api.sql.query(
      'update private.response_scores set stage = nullif(private.stage_band(score), 0)',
    );
    while ((await releaseQueued(api.sql)) > 0);
    const frozen = await api.sql.query(
      `select private.freeze_edition('2026-H2-b', '2026-07-01', '2026-12-31') as edition`,
    );
    expect(frozen.rows[0].edition.n).toBe(26);

    const second = await exportData('2026-H2-b');
    const score = second.header.indexOf('score_overall');
    const scores = second.rows.map((row) => Number(row[score]));
    // only the newcomers: the first edition's organisations stay in its package alone
    expect(scores.sort((a, b) => a - b)).toEqual(newcomers.map((o) => o.score));
    // and the database refuses a second package row for an organisation, whoever writes it
    await expect(
      api.sql.query(
        `insert into private.edition_package_members (edition_id, organisation_id, position, row_id, fieldwork_half,
           scores)
         select e.id, m.organisation_id, 1000, repeat('a', 20), '2026-H2', '{}'
         from private.benchmark_editions e, private.edition_package_members m
         where e.label = '2026-H2-b' and m.edition_id <> e.id limit 1`,
      ),
    ).rejects.toThrow(/one_package_each|written once/);
  });
});
