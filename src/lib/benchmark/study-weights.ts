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

/** The rule in words, for the report page and the methodology. */
export const PRIORITY_RULE_TEXT: Record<TLang, string> = {
  en:
    `For each dimension we take the gap between your score and a fixed target of ` +
    `${TARGET_SCORE} on the 0-100 scale, well into the Integrated stage; a dimension at or ` +
    `above the target is never a priority. Each gap is multiplied by the share of the 2022 ` +
    `study's companies (n = 106) that showed a weakness in that dimension, computed from its ` +
    `answer counts: alignment ${percent('alignment')}%, staffing ${percent('staffing')}%, ` +
    `personalization ${percent('personalization')}%, customer effort ${percent('effort')}%, ` +
    `brand consistency ${percent('brand')}%, automation ${percent('automation')}%. Up to three ` +
    `dimensions with the largest results come first; ties go to the lower score. The target ` +
    `is fixed so that your priorities do not change order when your peer group grows or ` +
    `changes; the peers' median is shown beside each priority as context. Dimensions at 60 or ` +
    `more that are not priorities are listed as strengths to protect.`,
  ko:
    `각 영역에서 귀사 점수와 고정 목표 ${TARGET_SCORE}점(100점 만점, ‘통합’ 단계 상단)의 ` +
    `차이를 구합니다. 목표 이상인 영역은 우선 과제가 되지 않습니다. 이 차이에 2022년 조사` +
    `(n = 106)에서 해당 영역의 약점을 보인 기업의 비율(응답 수에서 계산)을 곱합니다. 비율은 ` +
    `디지털 전략 정렬 ${percent('alignment')}%, 인력 및 리소스 ${percent('staffing')}%, 개인화 및 ` +
    `고객 인텔리전스 ${percent('personalization')}%, 고객 노력도 ${percent('effort')}%, 브랜드 ` +
    `일관성 ${percent('brand')}%, 자동화 ${percent('automation')}%입니다. 결과가 가장 큰 영역부터 ` +
    `최대 세 개를 제시하며, 값이 같으면 점수가 낮은 영역을 앞에 둡니다. 동종 기업 집단이 ` +
    `커지거나 바뀌어도 우선순위가 뒤바뀌지 않도록 목표는 고정되어 있으며, 동종 기업 중앙값은 ` +
    `각 과제 옆에 참고로 표시합니다. 우선 과제가 아닌 60점 이상의 영역은 지켜야 할 강점으로 ` +
    `제시합니다.`,
};
