/**
 * The descriptive files of a research data package: the Frictionless
 * `datapackage.json`, the README with the citation and terms, and
 * `CITATION.cff`. Dates only, never a time: nothing in a package says when
 * anything happened more precisely than a day.
 */
import type { TCodebookVariable } from './codebook.ts';
import { tableSchema } from './table-schema.ts';

/** What the package says about its edition. */
export type TPackageMeta = {
  /** Edition label, e.g. 2026-H2. */
  label: string;
  /** Fieldwork dates, YYYY-MM-DD. */
  fieldworkFrom: string;
  fieldworkTo: string;
  /** The day the edition was frozen, YYYY-MM-DD. */
  frozenOn: string;
  /** Organisations in the edition, and rows in this file (consenting ones only). */
  editionN: number;
  rows: number;
  k: number;
  /** SHA-256 of the edition's content (api.benchmark_edition). */
  sha256: string;
  surveyVersions: readonly string[];
  scoringModels: readonly string[];
  /** Values suppressed per quasi-identifier. */
  suppressed: Readonly<Record<string, number>>;
  /** Organisations that could enter but were left out, so that the edition minus the file singles no one out. */
  heldBack: number;
  /** data.csv's SHA-256 (hex) and size in bytes: the same in every build of this edition's package. */
  data: { sha256: string; bytes: number };
};

/** The title every file of the package uses. */
export const packageTitle = (meta: TPackageMeta): string =>
  `Digital CX Benchmark, edition ${meta.label}: research data`;

const citationText = (meta: TPackageMeta): string =>
  `Digital CX Benchmark (${meta.frozenOn.slice(0, 4)}). ${packageTitle(meta)} ` +
  `(fieldwork ${meta.fieldworkFrom} to ${meta.fieldworkTo}, n = ${meta.rows}) [Data set]. ` +
  `Edition SHA-256 ${meta.sha256}; data.csv SHA-256 ${meta.data.sha256}.`;

/** `datapackage.json`: the data file with its Table Schema, and the aggregate tables. */
export function dataPackageDescriptor(
  meta: TPackageMeta,
  variables: readonly TCodebookVariable[],
  aggregateFiles: readonly string[],
): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: `digital-cx-benchmark-${meta.label.toLowerCase().replaceAll(/[^a-z0-9.-]/g, '-')}`,
    title: packageTitle(meta),
    description:
      `One row per organisation of benchmark edition ${meta.label} whose respondents agreed to research use, ` +
      `with item codes, dimension scores and stages. Quasi-identifiers recoded and suppressed so that every ` +
      `combination of them in the file holds at least k = ${meta.k} rows. See README.md and codebook.md.`,
    version: meta.label,
    created: meta.frozenOn,
    keywords: ['digital customer experience', 'maturity', 'benchmark'],
    licenses: [{ name: 'terms', title: 'Terms of use in README.md', path: 'README.md' }],
    resources: [
      {
        name: 'data',
        path: 'data.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: meta.data.bytes,
        hash: `sha256:${meta.data.sha256}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: tableSchema(variables),
      },
      ...aggregateFiles.map((path) => ({
        name: path
          .replace(/^aggregates\//, 'aggregate-')
          .replace(/\.csv$/, '')
          .replaceAll('_', '-'),
        path,
        profile: 'data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
      })),
    ],
  };
}

/** `README.md`: what the package is, how to read it, the citation and the terms. */
export function packageReadme(meta: TPackageMeta): string {
  const suppressed = Object.entries(meta.suppressed)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');
  return [
    `# ${packageTitle(meta)}`,
    '',
    `Edition ${meta.label}: fieldwork ${meta.fieldworkFrom} to ${meta.fieldworkTo}, frozen on ${meta.frozenOn}. ` +
      `The edition counts ${meta.editionN} organisations; this file holds ${meta.rows} of them. It holds only ` +
      `organisations whose respondents all agreed that their anonymised answers may be shared with ` +
      `researchers, and none already in an earlier edition's package (an organisation is in one package only).` +
      (meta.heldBack > 0
        ? ` Of the ${meta.rows + meta.heldBack} that could enter, ${meta.heldBack} were left out at random, so ` +
          `that in every group the edition's organisations not written with the group's value (left out, or ` +
          `blanked) number none or at least k = ${meta.k}: the edition's figures minus this file single no one out.`
        : ''),
    '',
    `The rows were fixed when the edition was frozen, with consent as it stood then: every download of this ` +
      `edition holds the same \`data.csv\`, SHA-256 ${meta.data.sha256} (${meta.data.bytes} bytes), also ` +
      `recorded in \`datapackage.json\` and listed with the edition on the research page.`,
    '',
    `Survey ${meta.surveyVersions.join(', ')}; scoring ${meta.scoringModels.join(', ')}.`,
    '',
    '## Files',
    '',
    '- `data.csv`: one row per organisation (UTF-8, comma-separated, blank = missing). A client organisation ' +
      'answered by several executives appears once, with the mean of their scores; its item columns are blank.',
    '- `datapackage.json`: Frictionless Data Package with the Table Schema (types, value labels, Korean titles).',
    '- `codebook.md`: every variable, its wording in English and Korean, its codes and how it is scored.',
    '- `read_data.R`, `read_data.py`, `read_data.sps`, `read_data.do`: read the file with value labels in R ' +
      '(readr), Python (pandas), SPSS and Stata.',
    '- `aggregates/*.csv`: counts, means and stage counts per value of each quasi-identifier and overall.',
    '',
    '## Disclosure control',
    '',
    `No identifier, token, name, time or free text is included; row ids are random, drawn when the edition was frozen. ` +
      `Industry, company size, region and business model were recoded and then suppressed so that every ` +
      `combination of the four in the file, a blank counting as a value of its own, holds at least ` +
      `k = ${meta.k} rows. Values suppressed: ${suppressed}.`,
    '',
    `What k cannot do: someone who entered ${meta.k - 1} organisations of their own with another's four ` +
      `values could recognise that one among k rows. The assessment's checks on who enters the pool (a ` +
      `proof of work, rate limits, duplicate detection) make that costly, not impossible; the terms below ` +
      `forbid it.`,
    '',
    '## Citation',
    '',
    citationText(meta),
    '',
    'See also `CITATION.cff`.',
    '',
    '## Terms',
    '',
    '- Use the data for research, teaching and statistics.',
    '- Do not try to identify any organisation or person, and do not link the data with other data to do so. ' +
      'If you believe you have recognised one, do not use or share that knowledge, and tell us.',
    '- Cite the edition as above in any publication that uses it.',
    '- Share the file only unchanged, with this README.',
    '',
  ].join('\n');
}

const yamlString = (text: string): string => JSON.stringify(text);

/** `CITATION.cff` (Citation File Format 1.2.0). */
export function citationCff(meta: TPackageMeta): string {
  return [
    'cff-version: 1.2.0',
    `message: ${yamlString('If you use this data set, please cite it as below.')}`,
    'type: dataset',
    `title: ${yamlString(packageTitle(meta))}`,
    'authors:',
    `  - name: ${yamlString('Digital CX Benchmark')}`,
    `version: ${yamlString(meta.label)}`,
    `date-released: ${yamlString(meta.frozenOn)}`,
    `abstract: ${yamlString(
      `Maturity of digital customer experience: one row per organisation, fieldwork ${meta.fieldworkFrom} to ` +
        `${meta.fieldworkTo}, n = ${meta.rows}, k = ${meta.k}.`,
    )}`,
    'keywords:',
    `  - ${yamlString('digital customer experience')}`,
    `  - ${yamlString('benchmark')}`,
    `notes: ${yamlString(`Edition SHA-256 ${meta.sha256}; data.csv SHA-256 ${meta.data.sha256}`)}`,
    '',
  ].join('\n');
}
