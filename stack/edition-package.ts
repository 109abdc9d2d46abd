/**
 * Builds an edition's research data package (a Frictionless Data Package in a
 * zip) from the database, streaming: one pass counts the quasi-identifier
 * combinations in SQL (GROUP BY), the strict suppression is decided on those
 * counts, then the rows are read with a cursor in batches and written into the
 * zip as they come. Memory holds the combinations, the aggregate tables and
 * one batch, never the rows.
 *
 * The rows are the edition's frozen package rows
 * (private.edition_package_members: fixed order, row ids and consent), and
 * every decision here is deterministic on them, so every build writes the same
 * data.csv. Its SHA-256 is recorded at the first build
 * (private.record_edition_package) and a build that differs is refused.
 */
import { createHash } from 'node:crypto';
import {
  classesAt,
  exposedGroups,
  planPackage,
  writtenGroupCounts,
  type TMemberGroup,
  type TPackageCombination,
} from '../src/lib/research/edition-difference.ts';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { ZipFile } from 'yazl';
import { assessments, currentAssessment } from '../surveys/assessment/index.ts';
import { currentScoringModel, scoringModels } from '../surveys/scoring/index.ts';
import { csvLine } from '../src/lib/export/csv-cell.ts';
import { SegmentTables } from '../src/lib/research/aggregate-tables.ts';
import { codebookMarkdown } from '../src/lib/research/codebook-markdown.ts';
import { codebookVariables, type TCodebookVariable } from '../src/lib/research/codebook.ts';
import { researchRow, type TScoreCell } from '../src/lib/research/data-row.ts';
import {
  GENERALISED_VALUES,
  QUASI_IDENTIFIER_HIERARCHIES,
  QUASI_IDENTIFIERS,
  type TQuasiIdentifier,
} from '../src/lib/research/hierarchies.ts';
import {
  citationCff,
  dataPackageDescriptor,
  packageReadme,
  packageTitle,
  type TPackageMeta,
} from '../src/lib/research/package-texts.ts';
import { combinationKey, type TCombinationValues } from '../src/lib/research/quasi-identifiers.ts';
import { pythonScript, rScript } from '../src/lib/research/read-scripts.ts';
import { spssSyntax, stataDo } from '../src/lib/research/stats-scripts.ts';
import type { TShare, TStrictSuppressionResult } from '../src/lib/research/strict-suppression.ts';

/** What an export did. */
export type TPackageSummary = {
  rows: number;
  /** Consenting organisations left out as well, so that the edition minus the package singles no one out. */
  heldBack: number;
  editionN: number;
  k: number;
  suppressed: Record<TQuasiIdentifier, number>;
  levels: Record<TQuasiIdentifier, number>;
  method: TStrictSuppressionResult<TQuasiIdentifier>['method'];
  /** data.csv's SHA-256 and bytes, as recorded with the edition. */
  data: { sha256: string; bytes: number };
};

/** The edition fields a package needs (api.benchmark_edition). */
type TEditionContent = {
  label: string;
  fieldworkFrom: string;
  fieldworkTo: string;
  frozenAt: string;
  n: number;
  k: number;
  surveyVersions: string[];
  scoringModels: string[];
  sha256: string;
};

type TPackageRow = {
  row_id: string;
  fieldwork_half: string;
  industry: string;
  company_size: string;
  region: string;
  business_model: string;
  answers: Record<string, unknown> | null;
  scores: Record<string, TScoreCell>;
};

const BATCH = 2000;

/**
 * The codebook of an edition's package: its newest survey version and scoring model, so that the file follows
 * the frozen edition and not whatever is current when it is built (its data.csv must never change).
 */
function editionCodebook(edition: TEditionContent) {
  const assessment =
    assessments.findLast((a) => edition.surveyVersions.includes(a.version)) ?? currentAssessment;
  const model =
    scoringModels.findLast((m) => edition.scoringModels.includes(m.id)) ?? currentScoringModel;
  return {
    variables: codebookVariables(assessment, model, {
      quasiIdentifiers: QUASI_IDENTIFIERS,
      generalisedValues: GENERALISED_VALUES,
      // a respondent's own role would single them out inside a combination of k (a CEO among five)
      omitted: ['respondent_function', 'respondent_seniority'],
    }),
    dimensions: [...model.dimensions.map((d) => d.id), 'overall'],
  };
}

/** Writes the package of edition `label` to `outPath` (via a temporary file); the summary. */
export async function exportEditionPackage(
  client: pg.Client,
  label: string,
  outPath: string,
): Promise<TPackageSummary> {
  const partial = `${outPath}.partial`;
  await client.query('begin isolation level repeatable read read only');
  try {
    const edition = (
      await client.query<{ edition: TEditionContent }>(
        'select api.benchmark_edition($1) as edition',
        [label],
      )
    ).rows[0]?.edition as TEditionContent;
    const { variables, dimensions } = editionCodebook(edition);
    const recorded = (
      await client.query<{ sha256: string | null }>(
        `select d.data_sha256 as sha256 from private.edition_package_digests d
         join private.benchmark_editions e on e.id = d.edition_id where e.label = $1`,
        [label],
      )
    ).rows[0]?.sha256;
    const consenting = (
      await client.query<TPackageCombination>(
        `select industry, company_size, region, business_model, rows
         from private.edition_package_combinations($1)`,
        [label],
      )
    ).rows;
    const members = (
      await client.query<TMemberGroup>(
        'select attribute, value, organisations from private.edition_member_groups($1)',
        [label],
      )
    ).rows;
    // strict k, and no group whose figures minus the file single out the few not written in it
    const plan = planPackage(members, consenting, {
      keys: QUASI_IDENTIFIERS,
      k: edition.k,
      hierarchies: QUASI_IDENTIFIER_HIERARCHIES,
    });
    if (!plan) {
      throw new Error(
        `Edition ${label}: fewer than k = ${edition.k} of its organisations could enter the package ` +
          `(consented, not in an earlier edition's package, and not held back): no package can be made.`,
      );
    }
    const total = consenting.reduce((sum, c, i) => sum + c.rows - plan.heldBack[i]!, 0);
    const keyOf = (c: TPackageCombination) =>
      combinationKey(QUASI_IDENTIFIERS.map((key) => c[key]));
    const skips = new Map(consenting.map((c, i) => [keyOf(c), plan.heldBack[i]!]));
    const shares = new Map(
      consenting.map((c, i) => [keyOf(c), plan.shares[i]!.map((part) => ({ ...part }))]),
    );
    const check = {
      members,
      k: edition.k,
      classOf: classesAt(plan.levels, QUASI_IDENTIFIER_HIERARCHIES),
    };

    const meta: Omit<TPackageMeta, 'data'> = {
      label: edition.label,
      fieldworkFrom: edition.fieldworkFrom,
      fieldworkTo: edition.fieldworkTo,
      frozenOn: edition.frozenAt.slice(0, 10),
      editionN: edition.n,
      rows: total,
      k: edition.k,
      sha256: edition.sha256,
      surveyVersions: edition.surveyVersions,
      scoringModels: edition.scoringModels,
      suppressed: plan.suppressed,
      heldBack: plan.heldBack.reduce((sum, n) => sum + n, 0),
    };
    // every entry dated the day the edition was frozen: the zip says nothing about the export
    const entry = { mtime: new Date(`${meta.frozenOn}T00:00:00Z`) };
    const zip = new ZipFile();
    const written = pipeline(zip.outputStream, createWriteStream(partial, { mode: 0o600 }));
    written.catch(() => undefined); // handled below; a disk error must not crash the process first
    const data = new PassThrough();
    zip.addReadStream(data, 'data.csv', entry);
    const tables = new SegmentTables(QUASI_IDENTIFIERS, dimensions);
    let digest: TDataDigest;
    try {
      const streamed = await streamRows(client, label, variables, shares, skips, tables, data);
      // what was written, checked again: strict k, and no group exposed to subtraction
      for (const { count } of streamed.written.values()) {
        if (count < edition.k) throw new Error('a written combination holds fewer than k rows');
      }
      const writtenGroups = writtenGroupCounts(streamed.written.values(), QUASI_IDENTIFIERS);
      if (exposedGroups(check.members, writtenGroups, check.classOf, check.k).length > 0) {
        throw new Error(`Edition ${label}: the file as written would single out organisations.`);
      }
      data.end();
      digest = streamed.digest;
      if (recorded && recorded !== digest.sha256) {
        throw new Error(
          `Edition ${label}: this build's data.csv (sha256 ${digest.sha256}) differs from the one first ` +
            `built (sha256 ${recorded}); an edition's data never changes, so nothing was written.`,
        );
      }
      const files = packageFiles({ ...meta, data: digest }, variables, plan.levels, tables);
      for (const [name, text] of files) {
        zip.addBuffer(Buffer.from(text, 'utf8'), name, entry);
      }
      zip.end();
      await written;
    } catch (error) {
      data.destroy();
      zip.outputStream.destroy();
      await written.catch(() => undefined);
      throw error;
    }
    await client.query('commit');
    // (a concurrent first build that came out different is refused here)
    await client.query('select private.record_edition_package($1, $2, $3, $4)', [
      label,
      digest.sha256,
      digest.bytes,
      total,
    ]);
    await rename(partial, outPath);
    return {
      rows: total,
      heldBack: meta.heldBack,
      editionN: edition.n,
      k: edition.k,
      suppressed: plan.suppressed,
      levels: plan.levels,
      method: plan.method,
      data: digest,
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}

type TDataDigest = { sha256: string; bytes: number };

/** Reads the rows with a cursor and writes data.csv; the written combinations and the file's digest. */
async function streamRows(
  client: pg.Client,
  label: string,
  variables: readonly TCodebookVariable[],
  shares: Map<string, TShare[]>,
  /** Rows of each original combination to leave out (the first met: the rows come in the order drawn at random when the edition was frozen). */
  skips: Map<string, number>,
  tables: SegmentTables,
  data: PassThrough,
): Promise<{
  /** Per written combination (by its key): its values and rows. */
  written: Map<string, { values: TCombinationValues; count: number }>;
  digest: TDataDigest;
}> {
  const written = new Map<string, { values: TCombinationValues; count: number }>();
  const hash = createHash('sha256');
  let bytes = 0;
  const write = (text: string): boolean => {
    const buffer = Buffer.from(text, 'utf8');
    hash.update(buffer);
    bytes += buffer.length;
    return data.write(buffer);
  };
  await client.query(
    `declare package_rows no scroll cursor for
     select * from private.edition_package_rows(${client.escapeLiteral(label)})`,
  );
  write(csvLine(variables.map((v) => v.name)));
  for (;;) {
    const { rows } = await client.query<TPackageRow>(`fetch ${BATCH} from package_rows`);
    if (rows.length === 0) break;
    let chunk = '';
    for (const row of rows) {
      const original = QUASI_IDENTIFIERS.map((key) => row[key]);
      const skip = skips.get(combinationKey(original)) ?? 0;
      if (skip > 0) {
        skips.set(combinationKey(original), skip - 1);
        continue;
      }
      const part = shares.get(combinationKey(original))?.find((p) => p.count > 0);
      if (part === undefined) throw new Error('the rows changed between the two passes');
      part.count -= 1;
      const values: TCombinationValues = part.values;
      const quasi = Object.fromEntries(QUASI_IDENTIFIERS.map((key, j) => [key, values[j] ?? null]));
      const key = combinationKey(values);
      const combination = written.get(key) ?? { values, count: 0 };
      combination.count += 1;
      written.set(key, combination);
      tables.add(quasi, row.scores);
      chunk += csvLine(
        researchRow(variables, {
          rowId: row.row_id,
          fieldworkHalf: row.fieldwork_half,
          quasi,
          answers: row.answers,
          scores: row.scores,
        }),
      );
    }
    if (!write(chunk)) await once(data, 'drain');
  }
  await client.query('close package_rows');
  return { written, digest: { sha256: hash.digest('hex'), bytes } };
}

/** Every file after data.csv: name and text. */
function packageFiles(
  meta: TPackageMeta,
  variables: readonly TCodebookVariable[],
  levels: Readonly<Record<string, number>>,
  tables: SegmentTables,
): [string, string][] {
  const labelOf = (attribute: string) => (value: string | null) => {
    if (value === null) return 'Suppressed';
    if (attribute === 'all') return 'All organisations';
    const variable = variables.find((v) => v.source === attribute);
    return variable?.categories?.find((c) => c.code === value)?.label.en ?? value;
  };
  const aggregates: [string, string][] = [
    ['aggregates/overall.csv', tables.csv('all', meta.k, labelOf('all'))],
    ...QUASI_IDENTIFIERS.map((key): [string, string] => [
      `aggregates/by_${key}.csv`,
      tables.csv(key, meta.k, labelOf(key)),
    ]),
  ];
  const descriptor = dataPackageDescriptor(
    meta,
    variables,
    aggregates.map(([name]) => name),
  );
  return [
    ['datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`],
    [
      'codebook.md',
      codebookMarkdown(variables, meta.suppressed, {
        title: packageTitle(meta),
        edition: meta.label,
        n: meta.rows,
        k: meta.k,
        surveyVersion: meta.surveyVersions.join(', '),
        scoringModel: meta.scoringModels.join(', '),
        levels,
        suppressionRule: 'strict',
      }),
    ],
    ['read_data.R', rScript(variables)],
    ['read_data.py', pythonScript(variables)],
    ['read_data.sps', spssSyntax(variables)],
    ['read_data.do', stataDo(variables)],
    ['README.md', packageReadme(meta)],
    ['CITATION.cff', citationCff(meta)],
    ...aggregates,
  ];
}
