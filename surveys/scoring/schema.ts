/**
 * Schema of a scoring model: how a self-assessment's answers become six
 * dimension scores (0-100), maturity stages and an overall score.
 *
 * The model is data, evaluated twice (in TypeScript and by a plpgsql function),
 * so the schema checks everything that would make the two disagree or a score
 * unreachable: six dimensions in order, five stages from 0 upwards, every answer
 * either scored or explicitly excluded, points within their maximum. Whether the
 * question, option and row ids exist is checked against a research baseline by
 * `checkAgainstBaseline`, which takes the edition as a parameter.
 */
import { z } from 'zod';
import type { TBaselineEdition } from '../baseline/schema.ts';

/** The six dimensions, in the order of the 2022 study. */
export const SCORING_DIMENSION_IDS = [
  'alignment',
  'staffing',
  'personalization',
  'effort',
  'brand',
  'automation',
] as const;
export type TScoringDimensionId = (typeof SCORING_DIMENSION_IDS)[number];

/** The only dimension whose items may target other dimensions (it is scored last). */
const TARGETING_DIMENSION: TScoringDimensionId = 'automation';

/** Item kinds scored against the other dimensions, after them. */
export const TARGETING_KINDS = ['multiple_targeting', 'gap_targeting'] as const;

const ZId = z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'must be a lowercase snake_case id');
export const ZKebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id');

/** A text in both interface languages. */
export const ZLocalizedText = z.strictObject({
  /** English text. */
  en: z.string().trim().min(1),
  /** Korean text. */
  ko: z
    .string()
    .trim()
    .min(1)
    .regex(/[\uac00-\ud7a3]/, 'must be Korean text'),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

/** One maturity stage: scores from `minScore` up to the next stage's `minScore`. */
export const ZStage = z.strictObject({
  /** Stage number, 1 (least mature) to 5. */
  stage: z.int().min(1).max(5),
  /** Lowest score (0-100) that reaches this stage. */
  minScore: z.number().min(0).max(100),
  /** Short name of the stage. */
  name: ZLocalizedText,
  /** What an organisation at this stage looks like, across dimensions. */
  description: ZLocalizedText,
});
export type TStage = z.infer<typeof ZStage>;

const ZWeight = z.number().positive();
const ZPoints = z.record(z.string(), z.number().min(0));

/** Single choice: `points[answer] / maxPoints`; an excluded answer or none leaves the item out. */
export const ZSingleItem = z.strictObject({
  /** Baseline question scored by this item. */
  questionId: ZId,
  /** Scoring rule. */
  kind: z.literal('single'),
  /** Weight of the item within its dimension. */
  weight: ZWeight,
  /** Points of each scored option, keyed by option id. */
  points: ZPoints,
  /** Points of the best answer; the item score is points / maxPoints. */
  maxPoints: z.number().positive(),
  /** Options that leave the item out of the score (not applicable). */
  excluded: z.array(ZId).optional(),
});
export type TSingleItem = z.infer<typeof ZSingleItem>;

/** Matrix: mean over counted rows of `points[answer] / maxPoints`; excluded answers drop the row. */
export const ZMatrixItem = z.strictObject({
  /** Baseline question scored by this item. */
  questionId: ZId,
  /** Scoring rule. */
  kind: z.literal('matrix'),
  /** Weight of the item within its dimension. */
  weight: ZWeight,
  /** Points of each scored column, keyed by option id. */
  points: ZPoints,
  /** Points of the best answer in a row. */
  maxPoints: z.number().positive(),
  /** Columns that drop the row from the mean ("not applicable", "we do not offer this"). */
  excluded: z.array(ZId).optional(),
  /** Rows that count; every answered row when absent. */
  rows: z.array(ZId).min(1).optional(),
});
export type TMatrixItem = z.infer<typeof ZMatrixItem>;

/** Multiple choice scored by depth: `min(1, sum of chosen points / maxPoints)`. */
export const ZMultipleDepthItem = z.strictObject({
  /** Baseline question scored by this item. */
  questionId: ZId,
  /** Scoring rule. */
  kind: z.literal('multiple_depth'),
  /** Weight of the item within its dimension. */
  weight: ZWeight,
  /** Depth points of each option, keyed by option id. */
  points: ZPoints,
  /** Sum of points that earns full marks. */
  maxPoints: z.number().positive(),
  /** Options that score 0 whenever chosen ("we do not really personalize"). */
  exclusive: z.array(ZId).optional(),
});
export type TMultipleDepthItem = z.infer<typeof ZMultipleDepthItem>;

/** Multiple choice scored by how well the choices target the weakest other dimensions. */
export const ZMultipleTargetingItem = z.strictObject({
  /** Baseline question scored by this item. */
  questionId: ZId,
  /** Scoring rule. */
  kind: z.literal('multiple_targeting'),
  /** Weight of the item within its dimension. */
  weight: ZWeight,
  /** The dimension each option strengthens, or null for none ("other"); keyed by option id. */
  targets: z.record(z.string(), z.enum(SCORING_DIMENSION_IDS).nullable()),
  /** Picks beyond this many dilute the score by focusLimit / picks. */
  focusLimit: z.int().positive(),
});
export type TMultipleTargetingItem = z.infer<typeof ZMultipleTargetingItem>;

/**
 * Multiple choice scored by how much of the organisation's largest gap the choices
 * would close, between that gap and a ceiling set by the other dimensions (model
 * v2 onwards; the rule is in gap-targeting.ts).
 */
export const ZGapTargetingItem = z.strictObject({
  /** Baseline question scored by this item. */
  questionId: ZId,
  /** Scoring rule. */
  kind: z.literal('gap_targeting'),
  /** Weight of the item within its dimension. */
  weight: ZWeight,
  /** The dimension each option strengthens, or null when it cannot be placed ("other"). */
  targets: z.record(z.string(), z.enum(SCORING_DIMENSION_IDS).nullable()),
  /** Options that leave the item unscored ("none of these"); they may be the instrument's own. */
  notApplicable: z.array(ZId),
  /** Lists longer than this many priorities are diluted by focusLimit / priorities. */
  focusLimit: z.int().positive(),
  /** Points above the weakest addressable dimension at which a priority no longer counts as aimed. */
  aimBand: z.number().positive().max(100),
  /** Points by which automation may lead the mean of the other dimensions. */
  leadLimit: z.number().min(0).max(100),
});
export type TGapTargetingItem = z.infer<typeof ZGapTargetingItem>;

/** One scored question of a dimension. */
export const ZScoringItem = z.discriminatedUnion('kind', [
  ZSingleItem,
  ZMatrixItem,
  ZMultipleDepthItem,
  ZMultipleTargetingItem,
  ZGapTargetingItem,
]);
export type TScoringItem = z.infer<typeof ZScoringItem>;

/** One maturity dimension and the questions that feed it. */
export const ZScoringDimension = z.strictObject({
  /** Dimension id, one of the study's six. */
  id: z.enum(SCORING_DIMENSION_IDS),
  /** Name of the dimension. */
  label: ZLocalizedText,
  /** What each stage ("1" to "5") looks like in this dimension. */
  stageDescriptions: z.record(z.enum(['1', '2', '3', '4', '5']), ZLocalizedText),
  /** Why the dimension can be left without a score, shown in its place; a generic note when absent. */
  notScored: ZLocalizedText.optional(),
  /** Scored questions; the dimension score is their weighted mean. */
  items: z.array(ZScoringItem).min(1),
});
export type TScoringDimension = z.infer<typeof ZScoringDimension>;

type TIssue = { path: (string | number)[]; message: string };

/** Problems within one item that need no baseline: points, exclusions, targets. */
function itemIssues(item: TScoringItem, dimensionId: TScoringDimensionId): TIssue[] {
  const issues: TIssue[] = [];
  if (item.kind === 'multiple_targeting' || item.kind === 'gap_targeting') {
    if (dimensionId !== TARGETING_DIMENSION) {
      issues.push({ path: ['kind'], message: `only ${TARGETING_DIMENSION} can hold targeting` });
    }
    for (const [optionId, target] of Object.entries(item.targets)) {
      if (target === dimensionId) {
        issues.push({ path: ['targets', optionId], message: 'cannot target its own dimension' });
      }
    }
    if (item.kind === 'gap_targeting') {
      item.notApplicable.forEach((optionId, index) => {
        if (Object.hasOwn(item.targets, optionId)) {
          issues.push({
            path: ['notApplicable', index],
            message: `"${optionId}" also has a target`,
          });
        }
      });
    }
    return issues;
  }
  const values = Object.values(item.points);
  if (values.length === 0) issues.push({ path: ['points'], message: 'no option scores points' });
  for (const [optionId, points] of Object.entries(item.points)) {
    if (points > item.maxPoints) {
      issues.push({
        path: ['points', optionId],
        message: `${points} exceeds maxPoints ${item.maxPoints}`,
      });
    }
  }
  if (item.kind === 'multiple_depth') {
    const total = values.reduce((sum, points) => sum + points, 0);
    if (total < item.maxPoints) {
      issues.push({
        path: ['maxPoints'],
        message: `unreachable: all options together score ${total}`,
      });
    }
  } else if (values.length > 0 && Math.max(...values) !== item.maxPoints) {
    issues.push({
      path: ['maxPoints'],
      message: `must equal the best answer's points (${Math.max(...values)})`,
    });
  }
  const unscored = item.kind === 'multiple_depth' ? item.exclusive : item.excluded;
  const field = item.kind === 'multiple_depth' ? 'exclusive' : 'excluded';
  (unscored ?? []).forEach((optionId, index) => {
    if (optionId in item.points) {
      issues.push({ path: [field, index], message: `"${optionId}" also has points` });
    }
  });
  return issues;
}

/** A complete scoring model: stages, and the six dimensions with their items. */
export const ZScoringModel = z
  .strictObject({
    /** Stable kebab-case id of this model version. */
    id: ZKebabId,
    /** Survey version whose answers this model scores. */
    surveyVersion: ZKebabId,
    /** The five stages, ascending, the first from score 0. */
    stages: z.array(ZStage).length(5),
    /** The six dimensions, in the study's order. */
    dimensions: z.array(ZScoringDimension).length(SCORING_DIMENSION_IDS.length),
  })
  .superRefine((model, ctx) => {
    const issue = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message });
    };

    model.stages.forEach((stage, index) => {
      if (stage.stage !== index + 1) issue(['stages', index, 'stage'], `must be ${index + 1}`);
      const previous = model.stages[index - 1];
      if (index === 0 && stage.minScore !== 0) {
        issue(['stages', 0, 'minScore'], 'the first stage must start at 0');
      }
      if (previous && stage.minScore <= previous.minScore) {
        issue(['stages', index, 'minScore'], `must exceed ${previous.minScore}`);
      }
    });

    const seenQuestions = new Set<string>();
    model.dimensions.forEach((dimension, d) => {
      const expected = SCORING_DIMENSION_IDS[d];
      if (dimension.id !== expected) issue(['dimensions', d, 'id'], `must be "${expected}"`);
      dimension.items.forEach((item, i) => {
        const at = ['dimensions', d, 'items', i];
        if (seenQuestions.has(item.questionId)) {
          issue([...at, 'questionId'], `"${item.questionId}" is already scored`);
        }
        seenQuestions.add(item.questionId);
        for (const found of itemIssues(item, dimension.id)) {
          issue([...at, ...found.path], found.message);
        }
      });
    });
  });
export type TScoringModel = z.infer<typeof ZScoringModel>;

function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}

/** Validates a scoring model file; throws an Error listing every issue as `path: message`. */
export function parseScoringModel(json: unknown): TScoringModel {
  const parsed = ZScoringModel.safeParse(json);
  if (!parsed.success)
    throw new Error(`Invalid scoring model:\n${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

const BASELINE_KIND: Record<TScoringItem['kind'], 'single' | 'multiple' | 'matrix'> = {
  single: 'single',
  matrix: 'matrix',
  multiple_depth: 'multiple',
  multiple_targeting: 'multiple',
  gap_targeting: 'multiple',
};

/** Problems of one item against its baseline question: ids, kinds, coverage of every option. */
function baselineItemIssues(
  item: TScoringItem,
  dimensionId: TScoringDimensionId,
  edition: TBaselineEdition,
): TIssue[] {
  const question = edition.questions.find((q) => q.id === item.questionId);
  if (!question) {
    return [{ path: ['questionId'], message: `no question "${item.questionId}" in ${edition.id}` }];
  }
  const issues: TIssue[] = [];
  if (question.dimension !== dimensionId) {
    issues.push({ path: ['questionId'], message: `belongs to ${question.dimension}` });
  }
  if (BASELINE_KIND[item.kind] !== question.kind) {
    issues.push({ path: ['kind'], message: `cannot score a ${question.kind} question` });
  }
  const optionIds = question.options.map((option) => option.id);
  const unknown = (field: string, ids: readonly string[]): void => {
    ids.forEach((id, index) => {
      if (!optionIds.includes(id)) {
        const key = field === 'points' || field === 'targets' ? id : index;
        issues.push({ path: [field, key], message: `unknown option "${id}"` });
      }
    });
  };

  if (item.kind === 'multiple_targeting' || item.kind === 'gap_targeting') {
    // "not applicable" options may be the instrument's own (checkAgainstSurvey checks them)
    const placed = item.kind === 'gap_targeting' ? item.notApplicable : [];
    const keys = Object.keys(item.targets);
    unknown('targets', keys);
    for (const id of optionIds.filter((o) => !keys.includes(o) && !placed.includes(o))) {
      issues.push({ path: ['targets'], message: `option "${id}" has no target (use null)` });
    }
    return issues;
  }

  const unscored = (item.kind === 'multiple_depth' ? item.exclusive : item.excluded) ?? [];
  const field = item.kind === 'multiple_depth' ? 'exclusive' : 'excluded';
  unknown('points', Object.keys(item.points));
  unknown(field, unscored);
  for (const id of optionIds) {
    if (!(id in item.points) && !unscored.includes(id)) {
      issues.push({ path: ['points'], message: `option "${id}" is neither scored nor ${field}` });
    }
  }
  if (item.kind === 'matrix' && item.rows) {
    const rowIds = (question.rows ?? []).map((row) => row.id);
    item.rows.forEach((rowId, index) => {
      if (!rowIds.includes(rowId)) {
        issues.push({ path: ['rows', index], message: `unknown row "${rowId}"` });
      }
    });
  }
  return issues;
}

/**
 * Checks that every question, option and row the model names exists in the
 * baseline edition, in the right dimension and of a matching kind, and that every
 * option is either scored or explicitly excluded. Returns the model; throws an
 * Error listing every issue as `path: message`.
 */
export function checkAgainstBaseline(
  model: TScoringModel,
  edition: TBaselineEdition,
): TScoringModel {
  const issues: TIssue[] = [];
  model.dimensions.forEach((dimension, d) => {
    dimension.items.forEach((item, i) => {
      for (const found of baselineItemIssues(item, dimension.id, edition)) {
        issues.push({ path: ['dimensions', d, 'items', i, ...found.path], message: found.message });
      }
    });
  });
  if (issues.length > 0) {
    throw new Error(
      `Scoring model ${model.id} does not fit baseline ${edition.id}:\n${formatIssues(issues)}`,
    );
  }
  return model;
}
