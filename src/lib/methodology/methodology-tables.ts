/**
 * The methodology page's tables, built from the scoring model in the reader's
 * language: the scored questions of each dimension with their rules and
 * points, and the stages (the automation rule has its own section, AutomationRule.astro). Words come from
 * i18n/methodology, question texts from baseline-labels.ts.
 */
import type { TScoringItem, TScoringModel } from '../../../surveys/scoring/index.ts';
import { fill } from '../../i18n/fill.ts';
import type { TLang } from '../../i18n/languages.ts';
import type { TMethodologyText } from '../../i18n/methodology/index.ts';
import type { TQuestionLabels } from '../baseline-labels.ts';
import { gapTargetingRuleLine } from './automation-rule.ts';

type TWords = TMethodologyText['tables'];

export type TItemRow = {
  questionId: string;
  prompt: string;
  /** The weight and its share of the dimension, e.g. "0.7 (70%)". */
  weight: string;
  rule: string;
  /** The matrix rows counted, in words ("" when the item has no rows). */
  rows: string;
  /** Each answer with what it earns; empty for the targeting item (its own table). */
  points: { label: string; value: string }[];
};

export type TDimensionTable = { id: string; label: string; caption: string; items: TItemRow[] };

/** A question's texts by id. */
export type TQuestionWording = (questionId: string) => TQuestionLabels;

/** Question texts by id, failing the build on a question the model names but the study lacks. */
export function wordingById(labels: readonly TQuestionLabels[]): TQuestionWording {
  const byId = new Map(labels.map((question) => [question.id, question]));
  return (id) => {
    const question = byId.get(id);
    if (!question) throw new Error(`scoring model names unknown question ${id}`);
    return question;
  };
}

function ruleOf(item: TScoringItem, words: TWords, lang: TLang): string {
  if (item.kind === 'gap_targeting') return gapTargetingRuleLine(lang, item);
  if (item.kind === 'multiple_targeting') {
    return fill(words.ruleOf.multiple_targeting, { focusLimit: item.focusLimit });
  }
  return fill(words.ruleOf[item.kind], { max: item.maxPoints });
}

function pointsOf(item: TScoringItem, question: TQuestionLabels, words: TWords) {
  if (item.kind === 'multiple_targeting' || item.kind === 'gap_targeting') return [];
  const unscored = (item.kind === 'multiple_depth' ? item.exclusive : item.excluded) ?? [];
  return Object.entries(question.options).map(([id, label]) => ({
    label,
    value: unscored.includes(id)
      ? item.kind === 'multiple_depth'
        ? words.itemScoresZero
        : words.notCounted
      : fill(words.pointsValue, { points: item.points[id] ?? 0, max: item.maxPoints }),
  }));
}

function rowsOf(item: TScoringItem, question: TQuestionLabels, words: TWords): string {
  if (item.kind !== 'matrix') return '';
  const rows = Object.entries(question.rows)
    .filter(([id]) => !item.rows || item.rows.includes(id))
    .map(([, label]) => label);
  return rows.length > 0 ? fill(words.rows, { rows: rows.join(words.rowSeparator) }) : '';
}

export function dimensionTables(
  model: TScoringModel,
  wording: TQuestionWording,
  words: TWords,
  lang: TLang,
): TDimensionTable[] {
  return model.dimensions.map((dimension) => {
    const total = dimension.items.reduce((sum, item) => sum + item.weight, 0);
    return {
      id: dimension.id,
      label: dimension.label[lang],
      caption: fill(words.dimensionCaption, { dimension: dimension.label[lang] }),
      items: dimension.items.map((item) => {
        const question = wording(item.questionId);
        return {
          questionId: item.questionId,
          prompt: question.prompt,
          weight: `${item.weight} (${Math.round((100 * item.weight) / total)}%)`,
          rule: ruleOf(item, words, lang),
          rows: rowsOf(item, question, words),
          points: pointsOf(item, question, words),
        };
      }),
    };
  });
}

/** Prompts of the study's questions that no item scores. */
export function unscoredPrompts(model: TScoringModel, labels: readonly TQuestionLabels[]) {
  const scored = new Set(model.dimensions.flatMap((d) => d.items.map((item) => item.questionId)));
  return labels.filter((question) => !scored.has(question.id)).map((question) => question.prompt);
}

/** The stages with their score ranges and descriptions. */
export function stageRows(model: TScoringModel, words: TWords, lang: TLang) {
  return model.stages.map((stage, index) => {
    const next = model.stages[index + 1];
    return {
      name: fill(words.stageName, { stage: stage.stage, name: stage.name[lang] }),
      range: next
        ? fill(words.range, { min: stage.minScore, next: next.minScore })
        : fill(words.rangeLast, { min: stage.minScore }),
      description: stage.description[lang],
    };
  });
}
