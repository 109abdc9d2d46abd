/**
 * What a report page embeds for its island: the report's data (texts, study,
 * labels) and the ranked items an organisation's agreement section ranks,
 * with those questions' texts. Built at build time, in the page's language.
 */
import { currentAssessment, currentAssessmentSpec } from '../../../surveys/assessment/index.ts';
import { currentScoringModel, scoringModels } from '../../../surveys/scoring/index.ts';
import { baselineEdition2022 } from '../../../surveys/baseline/index.ts';
import { recommendationsV1 } from '../../../surveys/recommendations/index.ts';
import type { TLang } from '../../i18n/languages.ts';
import { rankedItems } from '../agreement/ranked-items.ts';
import { STUDY_WEAKNESS_WEIGHTS } from '../benchmark/study-weights.ts';
import { questionTexts, reportData } from './report-props.ts';

export function boardReportData(lang: TLang) {
  const items = rankedItems(currentScoringModel, currentAssessmentSpec);
  const base = reportData(lang, {
    survey: currentAssessment,
    models: scoringModels,
    edition: baselineEdition2022,
    recommendations: recommendationsV1.recommendations,
    weights: STUDY_WEAKNESS_WEIGHTS,
  });
  const ranked = questionTexts(
    currentAssessment,
    lang,
    items.map((item) => item.questionId),
  );
  return { data: { ...base, questions: { ...ranked, ...base.questions } }, items };
}
