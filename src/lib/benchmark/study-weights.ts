/**
 * The 2022 study's weakness weights and the priority rule in words: kept apart
 * from priorities.ts so the report's browser code can take the weights as
 * data (computed at build time) instead of shipping the study.
 */
import { baselineEdition2022 } from '../../../surveys/baseline/index.ts';
import type { TLang } from '../../i18n/languages.ts';
import type { TDimensionId } from '../dimensions.ts';
import { studyWeaknessWeights, TARGET_SCORE } from './priorities.ts';

/** The weights of the 2022 study (n = 106): roughly .63, .51, .90, .41, .25, .39. */
export const STUDY_WEAKNESS_WEIGHTS: Readonly<Record<TDimensionId, number>> = Object.freeze(
  studyWeaknessWeights(baselineEdition2022),
);

const percent = (dimension: TDimensionId): number =>
  Math.round(100 * STUDY_WEAKNESS_WEIGHTS[dimension]);

/** The rule in words, for the report page. */
export const PRIORITY_RULE_TEXT: Record<TLang, string> = {
  en:
    `For each dimension we take the gap between your score and a reference: the median of ` +
    `comparable organisations when enough of them have answered, otherwise ${TARGET_SCORE} ` +
    `on the 0-100 scale, well into the Integrated stage. Scores at or above the reference ` +
    `have no gap. Each gap is multiplied by the share of the 2022 study's companies (n = 106) ` +
    `that reported a weakness in that dimension: alignment ${percent('alignment')}%, staffing ` +
    `${percent('staffing')}%, personalization ${percent('personalization')}%, customer effort ` +
    `${percent('effort')}%, brand consistency ${percent('brand')}%, automation ` +
    `${percent('automation')}%. The three largest results come first; ties go to the lower ` +
    `score. If fewer than three dimensions fall short, your lowest-scoring other dimensions ` +
    `complete the list.`,
  ko:
    `각 영역에서 귀사 점수와 기준 점수의 차이를 구합니다. 기준 점수는 비교 가능한 기업이 ` +
    `충분히 응답한 경우 그 기업들의 중앙값이며, 그렇지 않으면 100점 만점에 ${TARGET_SCORE}점` +
    `(‘통합’ 단계 상단)입니다. 기준 점수 이상이면 차이는 0입니다. 이 차이에 2022년 조사` +
    `(n = 106)에서 해당 영역의 약점을 보고한 기업의 비율을 곱합니다. 비율은 디지털 전략 정렬 ` +
    `${percent('alignment')}%, 인력 및 리소스 ${percent('staffing')}%, 개인화 및 고객 인텔리전스 ` +
    `${percent('personalization')}%, 고객 노력도 ${percent('effort')}%, 브랜드 일관성 ` +
    `${percent('brand')}%, 자동화 ${percent('automation')}%입니다. 결과가 가장 큰 세 영역을 ` +
    `먼저 제시하며, 값이 같으면 점수가 낮은 영역을 앞에 둡니다. 기준에 못 미치는 영역이 ` +
    `셋보다 적으면 나머지 영역 중 점수가 가장 낮은 영역으로 목록을 채웁니다.`,
};
