/**
 * One response's answers next to the 2022 study, question by question (each
 * matrix row on its own): the share of the study's companies that gave the same
 * answer, where the answer stands among theirs on ordinal questions, and on the
 * effort tasks the answer and the study's mean on the study's own 0-5 scale.
 *
 * Everything is computed from the baseline's integer counts and n, never from
 * the rounded published percentages.
 */
import { z } from 'zod/mini';
import type {
  TBaselineDistribution,
  TBaselineEdition,
  TBaselineOption,
  TBaselineQuestion,
} from '../../../surveys/baseline/schema.ts';
import type { TMatrixItem, TScoringItem, TScoringModel } from '../../../surveys/scoring/schema.ts';
import { meanOnScale, type TAnswers } from '../../../surveys/scoring/score.ts';

const ZShare = z.number().check(z.minimum(0), z.maximum(1));

/**
 * Where an ordinal answer stands among the study's answers, as shares of the
 * study's respondents who gave a maturity answer: not-applicable answers ("not
 * applicable", "we do not offer this channel") are left out of the denominator
 * as well as of `below` and `above`, so the three shares add up to 1.
 */
export const ZStudyPosition = z.strictObject({
  /** Share of the study's (applicable) answers less mature than this one. */
  below: ZShare,
  /** Share of the study's (applicable) answers equal to this one. */
  equal: ZShare,
  /** Share of the study's (applicable) answers more mature than this one. */
  above: ZShare,
  /** How many of the study's answers the shares count: fewer than n where some were not applicable. */
  base: z.int().check(z.nonnegative()),
});
export type TStudyPosition = z.infer<typeof ZStudyPosition>;

/** The respondent's effort answer and the study's mean, both on the study's 0-5 scale. */
export const ZEffortScore = z.strictObject({
  /** Points of the respondent's answer (very difficult 0 … very easy 5). */
  yours: z.number().check(z.minimum(0)),
  /** Mean of the study's answers with the same points, not-applicable answers excluded (computed from its counts). */
  studyMean: z.number().check(z.minimum(0)),
  /** The mean the study published for this row, as published; null where it published none. */
  publishedMean: z.nullable(z.number().check(z.minimum(0))),
});
export type TEffortScore = z.infer<typeof ZEffortScore>;

/** A single-choice question or one matrix row compared with the study. */
export const ZSingleComparison = z.strictObject({
  /** Baseline question id. */
  questionId: z.string(),
  /** Matrix row id; null for a single-choice question. */
  rowId: z.nullable(z.string()),
  /** Question kind. */
  kind: z.enum(['single', 'matrix']),
  /** The study's respondents for this question or row. */
  n: z.int().check(z.positive()),
  /** The respondent's option id. */
  answer: z.string(),
  /** Share of the study's n that gave the same answer: count(answer) / n. */
  share: ZShare,
  /** Ordinal questions only, and not when the respondent answered not-applicable. */
  position: z.optional(ZStudyPosition),
  /** Effort tasks only, and not when the respondent answered not-applicable. */
  effortScore: z.optional(ZEffortScore),
});
export type TSingleComparison = z.infer<typeof ZSingleComparison>;

/** One option of a multiple-choice question: chosen or not, and how common in the study. */
export const ZOptionShare = z.strictObject({
  /** Baseline option id. */
  optionId: z.string(),
  /** Whether the respondent chose it. */
  chosen: z.boolean(),
  /** Share of the study's n that chose it: count / n. */
  studyShare: ZShare,
});
export type TOptionShare = z.infer<typeof ZOptionShare>;

/** A multiple-choice question compared with the study, option by option. */
export const ZMultipleComparison = z.strictObject({
  /** Baseline question id. */
  questionId: z.string(),
  /** Always null: multiple-choice questions have no rows. */
  rowId: z.null(),
  /** Question kind. */
  kind: z.literal('multiple'),
  /** The study's respondents for this question. */
  n: z.int().check(z.positive()),
  /** The options the respondent chose: the study's in its order, then the instrument's own ("none"). */
  answer: z.array(z.string()).check(z.minLength(1)),
  /** Every option of the question, in its order, chosen or not. */
  options: z.array(ZOptionShare),
});
export type TMultipleComparison = z.infer<typeof ZMultipleComparison>;

/** One study distribution (question, or matrix row) the respondent answered. */
export const ZStudyComparison = z.discriminatedUnion('kind', [
  z.extend(ZSingleComparison, { kind: z.literal('single') }),
  z.extend(ZSingleComparison, { kind: z.literal('matrix') }),
  ZMultipleComparison,
]);
export type TStudyComparison = z.infer<typeof ZStudyComparison>;

type TAnswer = TAnswers[string] | undefined;

type TQuestionFigures = Pick<TBaselineQuestion, 'id' | 'dimension' | 'kind' | 'ordinal'> & {
  options: readonly Pick<TBaselineOption, 'id' | 'notApplicable'>[];
  distributions: readonly TDistributionFigures[];
};
type TDistributionFigures = Pick<TBaselineDistribution, 'rowId' | 'n' | 'counts'> & {
  publishedMean?: number | null | undefined;
};
type TMatrixPoints = Pick<TMatrixItem, 'kind' | 'questionId' | 'points' | 'excluded'>;

/**
 * What the comparison reads of a study edition: its counts and the shape of its
 * questions, with the edition's name, year and n (a whole `TBaselineEdition`
 * will do; `studyFigures` cuts one down to this for the report page).
 */
export type TStudyFigures = Pick<TBaselineEdition, 'title' | 'year' | 'sampleSize'> & {
  questions: readonly TQuestionFigures[];
};

/** What it reads of a scoring model: the points of its matrix items (see `scalePoints`). */
export type TScalePoints = {
  dimensions: readonly {
    items: readonly (
      TMatrixPoints | { kind: Exclude<TScoringItem['kind'], 'matrix'>; questionId: string }
    )[];
  }[];
};

/** An edition cut down to what `compareWithStudy` reads. */
export function studyFigures(edition: TBaselineEdition): TStudyFigures {
  return {
    title: edition.title,
    year: edition.year,
    sampleSize: edition.sampleSize,
    questions: edition.questions.map((question) => ({
      id: question.id,
      dimension: question.dimension,
      kind: question.kind,
      ordinal: question.ordinal,
      options: question.options.map(({ id, notApplicable }) =>
        notApplicable ? { id, notApplicable } : { id },
      ),
      distributions: question.distributions.map(({ rowId, n, counts, publishedMean }) =>
        typeof publishedMean === 'number'
          ? { rowId, n, counts, publishedMean }
          : { rowId, n, counts },
      ),
    })),
  };
}

/** A scoring model cut down to what `compareWithStudy` reads: its matrix items' points. */
export function scalePoints(model: TScoringModel): TScalePoints {
  return {
    dimensions: model.dimensions.map((dimension) => ({
      items: dimension.items.flatMap((item) =>
        item.kind === 'matrix'
          ? [
              {
                kind: item.kind,
                questionId: item.questionId,
                points: item.points,
                ...(item.excluded ? { excluded: item.excluded } : {}),
              },
            ]
          : [],
      ),
    })),
  };
}

function countOf(distribution: TDistributionFigures, optionId: string): number {
  return Object.hasOwn(distribution.counts, optionId) ? (distribution.counts[optionId] ?? 0) : 0;
}

/** Shares below / equal / above `answer` among the applicable answers; null for N/A or none. */
function positionOf(
  question: TQuestionFigures,
  distribution: TDistributionFigures,
  answer: string,
): TStudyPosition | null {
  const scale = question.options.filter((option) => !option.notApplicable).map((o) => o.id);
  const index = scale.indexOf(answer);
  if (index < 0) return null;
  const counts = scale.map((id) => countOf(distribution, id));
  const applicable = counts.reduce((sum, count) => sum + count, 0);
  if (applicable === 0) return null;
  const sum = (from: number, to: number): number =>
    counts.slice(from, to).reduce((total, count) => total + count, 0);
  return {
    below: sum(0, index) / applicable,
    equal: sum(index, index + 1) / applicable,
    above: sum(index + 1, counts.length) / applicable,
    base: applicable,
  };
}

/** The matrix item that scores an effort-dimension question, if any. */
function effortItem(model: TScalePoints, question: TQuestionFigures): TMatrixPoints | undefined {
  if (question.dimension !== 'effort' || question.kind !== 'matrix') return undefined;
  for (const dimension of model.dimensions) {
    for (const item of dimension.items) {
      if (item.questionId === question.id && item.kind === 'matrix') return item;
    }
  }
  return undefined;
}

function effortScoreOf(
  item: TMatrixPoints,
  distribution: TDistributionFigures,
  answer: string,
): TEffortScore | null {
  const excluded = item.excluded ?? [];
  if (excluded.includes(answer) || !Object.hasOwn(item.points, answer)) return null;
  const yours = item.points[answer];
  const studyMean = meanOnScale(item.points, distribution.counts, excluded);
  if (yours === undefined || studyMean === null) return null;
  return { yours, studyMean, publishedMean: distribution.publishedMean ?? null };
}

function compareOne(
  question: TQuestionFigures,
  distribution: TDistributionFigures,
  answer: string,
  item: TMatrixPoints | undefined,
): TStudyComparison {
  const base = {
    questionId: question.id,
    rowId: distribution.rowId,
    n: distribution.n,
    answer,
    share: countOf(distribution, answer) / distribution.n,
  };
  const position = question.ordinal ? positionOf(question, distribution, answer) : null;
  const effortScore = item ? effortScoreOf(item, distribution, answer) : null;
  const extras = {
    ...(position ? { position } : {}),
    ...(effortScore ? { effortScore } : {}),
  };
  return question.kind === 'matrix'
    ? { ...base, kind: 'matrix', ...extras }
    : { ...base, kind: 'single', ...extras };
}

function compareQuestion(
  question: TQuestionFigures,
  answer: TAnswer,
  model: TScalePoints,
  instrumentOptions: readonly string[] | undefined,
): TStudyComparison[] {
  const optionIds = question.options.map((option) => option.id);
  const known = (value: unknown): value is string =>
    typeof value === 'string' && optionIds.includes(value);

  if (question.kind === 'multiple') {
    const distribution = question.distributions[0];
    if (!distribution || !Array.isArray(answer)) return [];
    const chosen = optionIds.filter((id) => answer.includes(id));
    // options of the instrument the study did not offer ("none" of survey version 2): shown
    const own = (instrumentOptions ?? []).filter(
      (id) => !optionIds.includes(id) && answer.includes(id),
    );
    if (chosen.length + own.length === 0) return [];
    return [
      {
        questionId: question.id,
        rowId: null,
        kind: 'multiple',
        n: distribution.n,
        answer: [...chosen, ...own],
        options: optionIds.map((optionId) => ({
          optionId,
          chosen: chosen.includes(optionId),
          studyShare: countOf(distribution, optionId) / distribution.n,
        })),
      },
    ];
  }

  if (question.kind === 'single') {
    const distribution = question.distributions[0];
    if (!distribution || !known(answer)) return [];
    return [compareOne(question, distribution, answer, undefined)];
  }

  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return [];
  const item = effortItem(model, question);
  return question.distributions.flatMap((distribution) => {
    const rowId = distribution.rowId;
    if (rowId === null || !Object.hasOwn(answer, rowId)) return [];
    const column = answer[rowId];
    return known(column) ? [compareOne(question, distribution, column, item)] : [];
  });
}

/**
 * Compares one response with a study edition: one entry per distribution the
 * respondent answered (every matrix row separately), in the study's question and
 * row order. Questions the study did not ask (the profile) and answers that name
 * no option of the study are left out.
 *
 * `model` supplies the points of the effort scale (the study's 0-5 scale with
 * not-applicable excluded). `instrumentOptions` (option ids by question) names
 * the answers of a multiple choice the instrument offers and the study did not
 * ("none" of the automation priorities): they are listed with the answer, and
 * have no study share.
 */
export function compareWithStudy(
  edition: Pick<TStudyFigures, 'questions'>,
  answers: TAnswers,
  model: TScalePoints,
  instrumentOptions: Readonly<Record<string, readonly string[]>> = {},
): TStudyComparison[] {
  return edition.questions.flatMap((question) =>
    compareQuestion(
      question,
      Object.hasOwn(answers, question.id) ? answers[question.id] : undefined,
      model,
      Object.hasOwn(instrumentOptions, question.id) ? instrumentOptions[question.id] : undefined,
    ),
  );
}
