/**
 * The numbers the methodology page's prose cites (weights, points, maxima).
 * The tables render from the scoring model, but prose cannot, so the build
 * fails if the model changes under the text, in every language.
 */
import type { TScoringItem } from '../../../surveys/scoring/index.ts';

type TCited = { weight: number; points?: Record<string, number>; maxPoints?: number };

export const CITED_NUMBERS: Readonly<Record<string, TCited>> = {
  alignment_collaboration: { weight: 0.7, maxPoints: 3 },
  alignment_digital_share: { weight: 0.3, maxPoints: 3 },
  staffing_resources: { weight: 1, points: { too_much: 1.5 }, maxPoints: 2 },
  personalization_factors: {
    weight: 0.4,
    points: {
      account_data: 1,
      engagement_history: 2,
      browsing_behavior: 2,
      sentiment: 3,
      predicted_intent: 3,
    },
    maxPoints: 6,
  },
  personalization_intelligence: { weight: 0.6, maxPoints: 3 },
  effort_tasks: {
    weight: 0.75,
    points: {
      very_difficult: 0,
      fairly_difficult: 1.25,
      neither: 2.5,
      fairly_easy: 3.75,
      very_easy: 5,
    },
    maxPoints: 5,
  },
  effort_ux_metrics: { weight: 0.25, maxPoints: 3 },
  brand_channels: { weight: 1, points: { no: 0, yes: 1 }, maxPoints: 1 },
  automation_priorities: { weight: 1 },
};

/** The question ids whose cited numbers no longer match `items` (none: the text is current). */
export function staleCitations(items: readonly TScoringItem[]): string[] {
  return items
    .filter((item) => {
      const cited = CITED_NUMBERS[item.questionId];
      const actual =
        item.kind === 'multiple_targeting' || item.kind === 'gap_targeting' ? undefined : item;
      return (
        !cited ||
        cited.weight !== item.weight ||
        (cited.maxPoints !== undefined && cited.maxPoints !== actual?.maxPoints) ||
        Object.entries(cited.points ?? {}).some(([id, points]) => actual?.points[id] !== points)
      );
    })
    .map((item) => item.questionId);
}
