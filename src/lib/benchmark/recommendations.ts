/**
 * Picks the advice for a report: for each priority dimension, in order, the
 * recommendations whose trigger fires on the response's answers.
 *
 * At most three per dimension, the most specific first (a trigger on one matrix
 * row before a trigger on a whole question), in file order within each. Only
 * when fewer than two fire do the dimension's general recommendations (those
 * without a trigger) fill the list, up to three.
 */
import { z } from 'zod/mini';
import type {
  TRecommendation,
  TRecommendationSet,
  TTrigger,
} from '../../../surveys/recommendations/schema.ts';
import type { TAnswers } from '../../../surveys/scoring/score.ts';
import { DIMENSION_IDS, type TDimensionId } from '../dimensions.ts';
import type { TLang } from '../../i18n/languages.ts';

/** Most recommendations shown per dimension. */
export const MAX_PER_DIMENSION = 3;

/** Fewer fired recommendations than this bring in the general ones. */
export const MIN_FIRED = 2;

/** One recommendation as shown, in one language. */
export const ZAdviceItem = z.strictObject({
  /** Recommendation id. */
  id: z.string(),
  /** Headline. */
  title: z.string(),
  /** Two or three sentences of advice. */
  body: z.string(),
  /** Short citation of the figure or practice it rests on. */
  source: z.string(),
});
export type TAdviceItem = z.infer<typeof ZAdviceItem>;

/** The advice for one priority dimension. */
export const ZDimensionAdvice = z.strictObject({
  /** The dimension. */
  dimension: z.enum(DIMENSION_IDS),
  /** Its recommendations, most specific first. */
  items: z.array(ZAdviceItem),
});
export type TDimensionAdvice = z.infer<typeof ZDimensionAdvice>;

/** Whether a trigger fires on these answers. */
export function triggerFires(trigger: TTrigger, answers: TAnswers): boolean {
  if (!Object.hasOwn(answers, trigger.questionId)) return false;
  const answer = answers[trigger.questionId];

  if (trigger.rowId !== undefined) {
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return false;
    if (!Object.hasOwn(answer, trigger.rowId)) return false;
    const column = answer[trigger.rowId];
    return typeof column === 'string' && trigger.optionIds.includes(column);
  }
  if (Array.isArray(answer)) {
    const chosen = answer.filter((option) => typeof option === 'string');
    const hit = chosen.some((option) => trigger.optionIds.includes(option));
    // An unanswered question is no evidence that an option was left out.
    return trigger.notChosen ? chosen.length > 0 && !hit : hit;
  }
  return !trigger.notChosen && typeof answer === 'string' && trigger.optionIds.includes(answer);
}

/** 0 for a matrix-row trigger, 1 for a whole-question trigger. */
function specificity(trigger: TTrigger): number {
  return trigger.rowId === undefined ? 1 : 0;
}

/**
 * A recommendation in one language: what the report page is given at build
 * time instead of the set in both languages.
 */
export type TLocalRecommendation = TAdviceItem & Pick<TRecommendation, 'dimension' | 'trigger'>;

/** The recommendations in `lang`, in their order. */
export function localizeRecommendations(
  recommendations: readonly TRecommendation[],
  lang: TLang,
): TLocalRecommendation[] {
  return recommendations.map(({ id, dimension, title, body, source, trigger }) => ({
    id,
    dimension,
    title: title[lang],
    body: body[lang],
    source: source[lang],
    ...(trigger ? { trigger } : {}),
  }));
}

/** The recommendations of one dimension for these answers, most specific first. */
function pick<T extends Pick<TRecommendation, 'dimension' | 'trigger'>>(
  recommendations: readonly T[],
  dimension: TDimensionId,
  answers: TAnswers,
): T[] {
  const own = recommendations.filter((r) => r.dimension === dimension);
  const fired = own
    .flatMap((r, order) =>
      r.trigger && triggerFires(r.trigger, answers)
        ? [{ r, order, rank: specificity(r.trigger) }]
        : [],
    )
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ r }) => r)
    .slice(0, MAX_PER_DIMENSION);
  if (fired.length >= MIN_FIRED) return fired;
  const general = own.filter((r) => !r.trigger);
  return [...fired, ...general].slice(0, MAX_PER_DIMENSION);
}

/**
 * The advice for each priority dimension, in the priorities' order, in `lang`.
 * `recommendations` is a validated set (or its list of recommendations).
 */
export function recommendFor(
  recommendations: TRecommendationSet | readonly TRecommendation[],
  answers: TAnswers,
  priorities: readonly { dimension: TDimensionId }[],
  lang: TLang,
): TDimensionAdvice[] {
  const list =
    'recommendations' in recommendations ? recommendations.recommendations : recommendations;
  return adviceFor(localizeRecommendations(list, lang), answers, priorities);
}

/** `recommendFor` on recommendations already in the page's language. */
export function adviceFor(
  recommendations: readonly TLocalRecommendation[],
  answers: TAnswers,
  priorities: readonly { dimension: TDimensionId }[],
): TDimensionAdvice[] {
  return priorities.map(({ dimension }) => ({
    dimension,
    items: pick(recommendations, dimension, answers).map(({ id, title, body, source }) => ({
      id,
      title,
      body,
      source,
    })),
  }));
}
