/** The six scored dimensions, exactly those of the 2022 study, in its order. */
import type { TLang } from '../i18n/languages.ts';

export const DIMENSION_IDS = [
  'alignment',
  'staffing',
  'personalization',
  'effort',
  'brand',
  'automation',
] as const;
export type TDimensionId = (typeof DIMENSION_IDS)[number];

/** One line on what each dimension asks, for the landing page. Names come from the scoring model. */
export const DIMENSION_SUMMARIES: Record<TDimensionId, Record<TLang, string>> = {
  alignment: {
    en: 'Do CX, sales, marketing, service and design pursue one digital strategy together?',
    ko: 'CX, 영업, 마케팅, 서비스, 디자인 조직이 하나의 디지털 전략을 함께 추진하고 있습니까?',
  },
  staffing: {
    en: 'Are UX, analytics, service, sales and marketing staffed for digital engagement?',
    ko: 'UX, 분석, 서비스, 영업, 마케팅 기능에 디지털 고객 인게이지먼트를 위한 인력이 충분합니까?',
  },
  personalization: {
    en: 'How deep is the data you personalize with, and do you act on what you learn?',
    ko: '개인화에 활용하는 데이터는 얼마나 깊이 있으며, 얻은 인사이트를 실행으로 옮기고 있습니까?',
  },
  effort: {
    en: 'How easily can customers find, buy, get help and reach a person online?',
    ko: '고객이 온라인에서 정보를 찾고, 구매하고, 도움을 받고, 상담원과 연결되기가 얼마나 쉽습니까?',
  },
  brand: {
    en: 'Does every channel, from website to messaging, carry your brand and values?',
    ko: '웹사이트부터 메시징까지 모든 채널이 브랜드와 가치를 일관되게 전달하고 있습니까?',
  },
  automation: {
    en: 'Are your automation priorities few, and aimed at your weakest dimensions?',
    ko: '자동화 우선순위가 소수로 집중되어 있으며, 가장 약한 영역을 겨냥하고 있습니까?',
  },
};
