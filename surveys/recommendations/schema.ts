/**
 * Schema of a recommendations file: concrete advice per maturity dimension, in
 * English and Korean, each tied by a trigger to the answers that call for it.
 *
 * The shape is checked by `parseRecommendations`; whether every trigger names
 * an existing question, row and option of the right kind is checked against a
 * research baseline by `checkTriggersAgainstBaseline`.
 */
import { z } from 'zod';
import type { TBaselineEdition } from '../baseline/schema.ts';
import { SCORING_DIMENSION_IDS, ZLocalizedText } from '../scoring/schema.ts';

const ZId = z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'must be a lowercase snake_case id');
const ZKebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id');

/**
 * When a recommendation applies: the answer to `questionId` (row `rowId` of a
 * matrix) is one of `optionIds`; for a multiple-choice question, any of them is
 * chosen, or with `notChosen` none of them is (in an answered question).
 */
export const ZTrigger = z.strictObject({
  /** Baseline question whose answer decides. */
  questionId: ZId,
  /** Row of a matrix question; required for matrix questions, absent otherwise. */
  rowId: ZId.optional(),
  /** Options that fire the trigger (for `notChosen`, that must all be absent). */
  optionIds: z.array(ZId).min(1),
  /** Multiple choice only: fire when none of `optionIds` is chosen. */
  notChosen: z.literal(true).optional(),
});
export type TTrigger = z.infer<typeof ZTrigger>;

/** One piece of advice. */
export const ZRecommendation = z.strictObject({
  /** Stable kebab-case id, unique in the file. */
  id: ZKebabId,
  /** Dimension whose report section shows it. */
  dimension: z.enum(SCORING_DIMENSION_IDS),
  /** Short imperative headline. */
  title: ZLocalizedText,
  /** Two or three concrete sentences, citing the study figure or practice behind it. */
  body: ZLocalizedText,
  /** Short citation: the study and its n, or the source article's publisher. */
  source: ZLocalizedText,
  /** Answers that call for it; absent for general advice, shown only as a fallback. */
  trigger: ZTrigger.optional(),
});
export type TRecommendation = z.infer<typeof ZRecommendation>;

/** A versioned set of recommendations. */
export const ZRecommendationSet = z
  .strictObject({
    /** Stable kebab-case id of the set. */
    id: ZKebabId,
    /** Baseline edition whose ids the triggers use. */
    baselineId: ZKebabId,
    /** The recommendations, grouped by dimension; within one, more general ones last. */
    recommendations: z.array(ZRecommendation).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.recommendations.forEach((recommendation, index) => {
      if (seen.has(recommendation.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['recommendations', index, 'id'],
          message: `duplicate id "${recommendation.id}"`,
        });
      }
      seen.add(recommendation.id);
    });
  });
export type TRecommendationSet = z.infer<typeof ZRecommendationSet>;

type TIssue = { path: (string | number)[]; message: string };

function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}

/** Validates a recommendations file; throws an Error listing every issue as `path: message`. */
export function parseRecommendations(json: unknown): TRecommendationSet {
  const parsed = ZRecommendationSet.safeParse(json);
  if (!parsed.success) {
    throw new Error(`Invalid recommendations:\n${formatIssues(parsed.error.issues)}`);
  }
  return parsed.data;
}

/** Problems of one trigger against the baseline: unknown ids, or a shape the question lacks. */
function triggerIssues(trigger: TTrigger, edition: TBaselineEdition): TIssue[] {
  const question = edition.questions.find((q) => q.id === trigger.questionId);
  if (!question) {
    return [
      { path: ['questionId'], message: `no question "${trigger.questionId}" in ${edition.id}` },
    ];
  }
  const issues: TIssue[] = [];
  if (question.kind === 'matrix') {
    const rowIds = (question.rows ?? []).map((row) => row.id);
    if (trigger.rowId === undefined) {
      issues.push({ path: ['rowId'], message: 'a matrix question needs a row' });
    } else if (!rowIds.includes(trigger.rowId)) {
      issues.push({ path: ['rowId'], message: `unknown row "${trigger.rowId}"` });
    }
  } else if (trigger.rowId !== undefined) {
    issues.push({ path: ['rowId'], message: `a ${question.kind}-choice question has no rows` });
  }
  if (trigger.notChosen && question.kind !== 'multiple') {
    issues.push({ path: ['notChosen'], message: 'only multiple-choice triggers can be notChosen' });
  }
  const optionIds = question.options.map((option) => option.id);
  trigger.optionIds.forEach((optionId, index) => {
    if (!optionIds.includes(optionId)) {
      issues.push({ path: ['optionIds', index], message: `unknown option "${optionId}"` });
    }
  });
  if (new Set(trigger.optionIds).size !== trigger.optionIds.length) {
    issues.push({ path: ['optionIds'], message: 'repeats an option' });
  }
  return issues;
}

/**
 * Checks that every trigger names an existing question, row and option of the
 * baseline edition, with a row exactly for matrix questions and `notChosen`
 * only for multiple choice. Returns the set; throws an Error listing every
 * issue as `path: message`.
 */
export function checkTriggersAgainstBaseline(
  set: TRecommendationSet,
  edition: TBaselineEdition,
): TRecommendationSet {
  const issues: TIssue[] = [];
  if (set.baselineId !== edition.id) {
    issues.push({ path: ['baselineId'], message: `is not "${edition.id}"` });
  }
  set.recommendations.forEach((recommendation, index) => {
    if (!recommendation.trigger) return;
    for (const found of triggerIssues(recommendation.trigger, edition)) {
      issues.push({
        path: ['recommendations', index, 'trigger', ...found.path],
        message: found.message,
      });
    }
  });
  if (issues.length > 0) {
    throw new Error(
      `Recommendations ${set.id} do not fit baseline ${edition.id}:\n${formatIssues(issues)}`,
    );
  }
  return set;
}
