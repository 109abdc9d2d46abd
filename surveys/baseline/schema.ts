/**
 * Schema of a research baseline: the published answer distributions of a market
 * study that self-assessments are benchmarked against.
 *
 * A baseline file is transcribed by hand from a report, so the schema checks what
 * the report itself guarantees: counts add up, published percentages match the
 * counts (unless an erratum says why not), and every distribution belongs to a
 * known question, row and option.
 */
import { z } from 'zod';

/** Tolerance between a published percentage and `100 * count / n` (two-decimal rounding). */
export const PERCENT_TOLERANCE = 0.005;

const ZId = z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'must be a lowercase snake_case id');

/** One answer option of a question (a column, for matrix questions). */
export const ZBaselineOption = z.strictObject({
  /** Stable snake_case id; becomes the survey's option id. */
  id: ZId,
  /** English label of the answer as the study phrased it. */
  label: z.string().min(1),
  /** A "not applicable" / "we do not offer this" answer, left out of means and maturity scores. */
  notApplicable: z.boolean().optional(),
  /** A multiple-choice answer that excludes every other one ("we do not really personalize"). */
  exclusive: z.boolean().optional(),
});
export type TBaselineOption = z.infer<typeof ZBaselineOption>;

/** One row (item) of a matrix question. */
export const ZBaselineRow = z.strictObject({
  /** Stable snake_case id; becomes the survey's row id. */
  id: ZId,
  /** English label of the row. */
  label: z.string().min(1),
});
export type TBaselineRow = z.infer<typeof ZBaselineRow>;

/** A published correction: a percentage that does not fit its count. */
export const ZBaselineErratum = z.strictObject({
  /** Option whose published percentage is kept although it does not match its count. */
  optionId: ZId,
  /** Why the figure does not fit and what it most likely should be. */
  note: z.string().min(1),
});
export type TBaselineErratum = z.infer<typeof ZBaselineErratum>;

/** The whole sample's answers to one question, or to one row of a matrix question. */
export const ZBaselineDistribution = z.strictObject({
  /** Row of a matrix question; `null` for single and multiple choice. */
  rowId: ZId.nullable(),
  /** Respondents who answered this question or row. */
  n: z.int().positive(),
  /** Respondents choosing each option, keyed by option id. */
  counts: z.record(z.string(), z.int().nonnegative()),
  /** Percentages as published (of `n`), keyed by option id. */
  publishedPercents: z.record(z.string(), z.number().min(0).max(100)),
  /** Mean score published for this row, `null` where the study gives none. */
  publishedMean: z.number().nullable().optional(),
  /** Published percentages kept although they do not fit their counts. */
  errata: z.array(ZBaselineErratum).optional(),
  /** Why the published mean, kept as published, does not fit the counts. */
  publishedMeanErratum: z.string().min(1).optional(),
});
export type TBaselineDistribution = z.infer<typeof ZBaselineDistribution>;

/** Ids of `items` that occur more than once, with the index of each repeat. */
function duplicates(items: readonly { id: string }[]): { id: string; index: number }[] {
  const seen = new Set<string>();
  const repeats: { id: string; index: number }[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) repeats.push({ id: item.id, index });
    seen.add(item.id);
  });
  return repeats;
}

/** One question of the study with its published distributions. */
export const ZBaselineQuestion = z
  .strictObject({
    /** Stable snake_case id, prefixed with the dimension. */
    id: ZId,
    /** Maturity dimension of the study the question belongs to. */
    dimension: z.enum([
      'alignment',
      'staffing',
      'personalization',
      'effort',
      'brand',
      'automation',
    ]),
    /** Single choice, multiple choice, or a matrix of single-choice rows. */
    kind: z.enum(['single', 'multiple', 'matrix']),
    /** Options are ordered by maturity, least mature first (not-applicable options before them). */
    ordinal: z.boolean(),
    /** English paraphrase of the question. */
    prompt: z.string().min(1),
    /** Answer options (matrix columns). */
    options: z.array(ZBaselineOption).min(2),
    /** Rows of a matrix question; absent otherwise. */
    rows: z.array(ZBaselineRow).min(1).optional(),
    /** One distribution per row (matrix) or exactly one with `rowId: null`. */
    distributions: z.array(ZBaselineDistribution).min(1),
  })
  .superRefine((question, ctx) => {
    const issue = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message });
    };

    for (const { id, index } of duplicates(question.options)) {
      issue(['options', index, 'id'], `duplicate option id "${id}"`);
    }
    for (const { id, index } of duplicates(question.rows ?? [])) {
      issue(['rows', index, 'id'], `duplicate row id "${id}"`);
    }
    const firstAnswer = question.options.findIndex((option) => !option.notApplicable);
    question.options.forEach((option, index) => {
      if (option.exclusive && question.kind !== 'multiple') {
        issue(['options', index, 'exclusive'], 'only multiple-choice options can be exclusive');
      }
      if (question.ordinal && option.notApplicable && index > firstAnswer) {
        issue(
          ['options', index, 'notApplicable'],
          'ordinal questions list not-applicable options first',
        );
      }
    });

    // Which distributions the question must have: one per row, or one with rowId null.
    const expectedRows: (string | null)[] =
      question.kind === 'matrix' ? (question.rows ?? []).map((row) => row.id) : [null];
    if (question.kind === 'matrix' && !question.rows) {
      issue(['rows'], 'a matrix question needs rows');
    }
    if (question.kind !== 'matrix' && question.rows) {
      issue(['rows'], `a ${question.kind}-choice question has no rows`);
    }
    const distributionRows = question.distributions.map((d) => d.rowId);
    question.distributions.forEach((distribution, index) => {
      if (!expectedRows.includes(distribution.rowId)) {
        issue(
          ['distributions', index, 'rowId'],
          question.kind === 'matrix'
            ? `unknown row "${String(distribution.rowId)}"`
            : `a ${question.kind}-choice distribution has rowId null`,
        );
      } else if (distributionRows.indexOf(distribution.rowId) !== index) {
        issue(
          ['distributions', index, 'rowId'],
          `duplicate distribution for row ${String(distribution.rowId)}`,
        );
      }
    });
    expectedRows.forEach((rowId, index) => {
      if (!distributionRows.includes(rowId)) {
        const path = rowId === null ? ['distributions'] : ['rows', index];
        issue(
          path,
          rowId === null
            ? 'missing the distribution with rowId null'
            : `no distribution for row "${rowId}"`,
        );
      }
    });

    const optionIds = question.options.map((option) => option.id);
    question.distributions.forEach((distribution, index) => {
      const at = ['distributions', index];
      const erratumIds = new Set((distribution.errata ?? []).map((erratum) => erratum.optionId));
      (distribution.errata ?? []).forEach((erratum, e) => {
        if (!optionIds.includes(erratum.optionId)) {
          issue([...at, 'errata', e, 'optionId'], `unknown option "${erratum.optionId}"`);
        }
      });

      let keysMatch = true;
      for (const field of ['counts', 'publishedPercents'] as const) {
        const keys = Object.keys(distribution[field]);
        for (const key of keys.filter((k) => !optionIds.includes(k))) {
          issue([...at, field, key], `unknown option "${key}"`);
          keysMatch = false;
        }
        for (const id of optionIds.filter((o) => !keys.includes(o))) {
          issue([...at, field, id], `missing option "${id}"`);
          keysMatch = false;
        }
      }
      if (!keysMatch) return;

      const { n, counts, publishedPercents } = distribution;
      if (question.kind === 'multiple') {
        for (const id of optionIds) {
          if ((counts[id] ?? 0) > n)
            issue([...at, 'counts', id], `count ${counts[id]} exceeds n = ${n}`);
        }
      } else {
        const sum = optionIds.reduce((total, id) => total + (counts[id] ?? 0), 0);
        if (sum !== n) issue([...at, 'counts'], `counts sum to ${sum}, not n = ${n}`);
      }
      for (const id of optionIds) {
        const percent = publishedPercents[id] ?? 0;
        const exact = (100 * (counts[id] ?? 0)) / n;
        if (!erratumIds.has(id) && Math.abs(percent - exact) > PERCENT_TOLERANCE + 1e-9) {
          issue(
            [...at, 'publishedPercents', id],
            `published ${percent}% does not match ${counts[id]}/${n} = ${exact.toFixed(3)}%`,
          );
        }
      }
      if (distribution.publishedMean !== undefined && question.kind !== 'matrix') {
        issue([...at, 'publishedMean'], 'published means belong to matrix rows');
      }
      if (
        distribution.publishedMeanErratum !== undefined &&
        typeof distribution.publishedMean !== 'number'
      ) {
        issue([...at, 'publishedMeanErratum'], 'an erratum needs a published mean');
      }
    });
  });
export type TBaselineQuestion = z.infer<typeof ZBaselineQuestion>;

/** One published edition of a study: its metadata and every question's distributions. */
export const ZBaselineEdition = z
  .strictObject({
    /** Stable kebab-case id of the edition. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id'),
    /** Title of the study. */
    title: z.string().min(1),
    /** Who published the study. */
    publisher: z.string().min(1),
    /** Analyst who wrote the report. */
    analyst: z.string().min(1),
    /** Year of publication. */
    year: z.int().min(2000).max(2100),
    /** Month the survey was fielded, `YYYY-MM`. */
    fielded: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'),
    /** Respondents of the whole survey; no question has more. */
    sampleSize: z.int().positive(),
    /** One sentence citing the study, shown wherever its figures are. */
    citation: z.string().min(1),
    /** The study's questions in report order. */
    questions: z.array(ZBaselineQuestion).min(1),
  })
  .superRefine((edition, ctx) => {
    for (const { id, index } of duplicates(edition.questions)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions', index, 'id'],
        message: `duplicate question id "${id}"`,
      });
    }
    edition.questions.forEach((question, q) => {
      question.distributions.forEach((distribution, d) => {
        if (distribution.n > edition.sampleSize) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', q, 'distributions', d, 'n'],
            message: `n = ${distribution.n} exceeds the sample size ${edition.sampleSize}`,
          });
        }
      });
    });
  });
export type TBaselineEdition = z.infer<typeof ZBaselineEdition>;

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}

/** Validates a baseline file; throws an Error listing every issue as `path: message`. */
export function parseBaselineEdition(json: unknown): TBaselineEdition {
  const parsed = ZBaselineEdition.safeParse(json);
  if (!parsed.success) throw new Error(`Invalid research baseline:\n${formatIssues(parsed.error)}`);
  return parsed.data;
}
