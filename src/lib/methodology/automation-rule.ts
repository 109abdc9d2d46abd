/**
 * The methodology page's section on the automation rule (scoring model v2), in
 * English and Korean: one text per language, so the English page and the
 * Korean one (/ko/methodology/) render the same section. The constants are
 * filled in from the model ({focusLimit}, {aimBand}, {leadLimit}), so the prose
 * cannot drift from the rule it explains.
 */
import { fill } from '../../i18n/fill.ts';
import type { TLang } from '../../i18n/languages.ts';
import type { TGapTargetingItem } from '../../../surveys/scoring/schema.ts';

type TText = Record<TLang, string>;

/** Every text of the section, with `{placeholders}` for the model's constants. */
export const AUTOMATION_RULE = {
  heading: {
    en: 'Automation priorities: aimed at your weakest dimensions, within reach',
    ko: '자동화 우선순위: 가장 약한 영역을 겨냥하되, 조직이 감당할 수 있는 범위에서',
  },
  intro: {
    en: 'Each automation priority strengthens one dimension (see the table). The automation score is worked out after the other five dimensions, from your own scores:',
    ko: '자동화 우선순위는 각각 하나의 영역을 강화합니다(표 참조). 자동화 점수는 나머지 다섯 개 영역의 점수를 먼저 계산한 뒤, 귀사 자체의 점수를 기준으로 산출합니다.',
  },
  steps: [
    {
      en: 'Floor: the score of your weakest dimension that some priority could strengthen. Priorities that miss it leave the automation score there.',
      ko: '하한: 어떤 우선순위로든 강화할 수 있는 영역 중 가장 약한 영역의 점수입니다. 그 영역을 겨냥하지 않는 우선순위는 자동화 점수를 이 수준에 머물게 합니다.',
    },
    {
      en: 'Ceiling: the mean of your other five dimensions plus {leadLimit} points (one stage), at most 100.',
      ko: '상한: 나머지 다섯 개 영역의 평균에 {leadLimit}점(한 단계)을 더한 값이며, 최대 100점입니다.',
    },
    {
      en: 'Aim: a priority counts fully when its dimension is your weakest, and loses 1/{aimBand} for every point its dimension scores above the weakest, so nothing from {aimBand} points (one stage) above. Aim is the mean over your priorities; "Other" cannot be placed on a dimension and is left out of it.',
      ko: '조준도: 우선순위가 가장 약한 영역을 향하면 온전히 인정되고, 그 영역의 점수가 가장 약한 영역보다 1점 높을 때마다 1/{aimBand}씩 줄어들어 {aimBand}점(한 단계) 이상 높으면 인정되지 않습니다. 조준도는 선택한 우선순위들의 평균이며, 어느 영역에도 배정할 수 없는 "기타"는 제외합니다.',
    },
    {
      en: 'Focus: {focusLimit} ÷ the number of priorities when you choose more than {focusLimit}, "Other" included.',
      ko: '집중도: {focusLimit}개를 넘게 선택하면 {focusLimit} ÷ 우선순위 개수이며, "기타"도 개수에 포함됩니다.',
    },
    {
      en: 'Score: floor + (ceiling − floor) × aim × focus.',
      ko: '점수: 하한 + (상한 − 하한) × 조준도 × 집중도.',
    },
    {
      en: 'Not scored: when you choose "None", only "Other", or when every dimension automation could strengthen is already at 100, so that no answer could move the score. Like a brand score when no channel is offered, the dimension is then left out of the overall score and of the priorities.',
      ko: '점수 없음: "없음"이나 "기타"만 선택한 경우, 또는 자동화로 강화할 수 있는 모든 영역이 이미 100점이어서 어떤 응답도 점수를 바꿀 수 없는 경우입니다. 제공하는 채널이 없을 때의 브랜드 점수처럼, 이때 자동화 영역은 종합 점수와 우선 과제에서 제외됩니다.',
    },
  ],
  ruleLine: {
    en: 'Gap targeting: between your weakest dimension automation could strengthen and one stage above the mean of the others, by aim and focus (more than {focusLimit} priorities dilute it).',
    ko: '격차 겨냥: 자동화로 강화할 수 있는 가장 약한 영역의 점수와 나머지 영역 평균보다 한 단계 높은 점수 사이에서, 조준도와 집중도로 정합니다({focusLimit}개를 넘는 우선순위는 점수를 희석합니다).',
  },
  tableCaption: {
    en: 'Which dimension each automation priority strengthens',
    ko: '자동화 우선순위별로 강화되는 영역',
  },
  optionHeader: { en: 'Automation priority', ko: '자동화 우선순위' },
  targetHeader: { en: 'Strengthens', ko: '강화되는 영역' },
  unplaced: {
    en: 'None (counts towards focus, not aim)',
    ko: '없음(집중도에는 포함, 조준도에서는 제외)',
  },
  notApplicable: { en: 'Automation is not scored', ko: '자동화 점수를 산출하지 않음' },
  untargeted: {
    en: "No priority in the study's list strengthens {dimensions}: it counts towards the ceiling, never towards the floor or the aim.",
    ko: '조사의 우선순위 목록에는 {dimensions}을(를) 강화하는 항목이 없습니다. 이 영역은 상한 계산에는 들어가지만 하한과 조준도에는 쓰이지 않습니다.',
  },
  whyHeading: { en: 'Why this rule', ko: '이 규칙을 쓰는 이유' },
  why: [
    {
      title: { en: 'What the study asks.', ko: '조사가 묻는 것.' },
      body: {
        en: 'The {year} study (n = {n}) asks which parts of the digital experience companies prioritise for automation, and presents its most common answer, customer-data collection and analysis, as the response to the intelligence gaps 90% of its companies admit. No use case is mature in itself, so the answer is scored by fit: do your priorities go where your own scores are weakest, and are they few enough to be priorities?',
        ko: '{year}년 조사(n = {n})는 기업이 디지털 경험의 어느 부분을 자동화 우선순위로 삼는지 묻고, 가장 많이 꼽힌 고객 데이터 수집·분석을 조사 기업의 90%가 인정한 인텔리전스 약점에 대한 해법으로 제시합니다. 그 자체로 성숙한 활용 사례는 없으므로, 이 응답은 적합성으로 채점합니다. 우선순위가 귀사 점수가 가장 약한 곳을 향하는지, 그리고 우선순위라 부를 만큼 소수인지를 봅니다.',
      },
    },
    {
      title: { en: 'The floor.', ko: '하한.' },
      body: {
        en: 'A priority aimed elsewhere does not make a weak dimension weaker, so automation never scores below the weakest dimension it could strengthen: missed aim shows as automation no better than that weakness, and a strong organisation never sees automation, a list of tools for gaps it does not have, become its lowest score and first priority.',
        ko: '다른 곳을 겨냥한 우선순위가 약한 영역을 더 약하게 만들지는 않으므로, 자동화 점수는 자동화로 강화할 수 있는 가장 약한 영역의 점수 아래로 내려가지 않습니다. 조준이 빗나가면 자동화 점수는 그 약점 수준에 머물고, 강한 조직에서는 있지도 않은 격차를 위한 도구 목록이 가장 낮은 점수이자 최우선 과제가 되는 일이 없습니다.',
      },
    },
    {
      title: { en: 'The ceiling.', ko: '상한.' },
      body: {
        en: 'Automation amplifies what is there: automating customer-data analysis needs analysts and a strategy to act on it, and chatbots need knowledge content and an easy route to a person (Microsoft counts over-automation without one among five CX pitfalls). However well an organisation at stage 1 everywhere chooses its priorities, its automation is not Leading: with every other dimension at 20 or less, the score stays at {weakCeiling} or less, stage 3 at most.',
        ko: '자동화는 이미 있는 것을 증폭합니다. 고객 데이터 분석을 자동화하려면 분석 인력과 그 결과를 실행할 전략이 필요하고, 챗봇에는 지식 콘텐츠와 상담원에게 쉽게 연결되는 경로가 필요합니다(Microsoft는 이런 경로 없는 과도한 자동화를 CX의 다섯 가지 함정 중 하나로 꼽습니다). 모든 영역이 1단계인 조직은 우선순위를 아무리 잘 골라도 자동화가 선도 수준일 수 없습니다. 나머지 영역이 모두 20점 이하이면 점수는 {weakCeiling}점 이하, 즉 최대 3단계에 머뭅니다.',
      },
    },
    {
      title: { en: 'One stage ({aimBand} points).', ko: '한 단계({aimBand}점).' },
      body: {
        en: "A stage is this model's unit of difference in maturity. Between dimensions less than a stage apart, one respondent's self-assessment cannot say which is truly weaker, so a priority there keeps part of its credit; a priority a full stage above the weakest keeps none. The ceiling uses the same unit: automation may lead the rest of the organisation by one stage, not more.",
        ko: '단계는 이 모델에서 성숙도 차이를 나타내는 단위입니다. 차이가 한 단계 미만인 영역 사이에서는 한 사람의 자가 진단으로 어느 쪽이 정말 더 약한지 말할 수 없으므로, 그런 영역을 향한 우선순위도 일부 인정됩니다. 가장 약한 영역보다 한 단계 이상 높은 영역을 향한 우선순위는 인정되지 않습니다. 상한도 같은 단위를 씁니다. 자동화는 조직의 나머지보다 한 단계까지만 앞설 수 있습니다.',
      },
    },
    {
      title: { en: 'At most {focusLimit} priorities.', ko: '우선순위는 {focusLimit}개까지.' },
      body: {
        en: 'The study\'s {n} companies ticked {studyChoices} automation priorities, {studyMean} each on average, so a list of {focusLimit} is a typical list and one more; beyond it, each added priority takes attention from the others, so a longer list counts as {focusLimit} ÷ its length. "Other" takes attention too, so it counts.',
        ko: '조사 기업 {n}곳은 자동화 우선순위를 모두 {studyChoices}개, 평균 {studyMean}개씩 선택했습니다. 따라서 {focusLimit}개는 일반적인 목록에 하나를 더한 수준이며, 이를 넘어서면 우선순위가 하나 늘 때마다 다른 우선순위에 쏟을 관심이 줄어들므로, 더 긴 목록은 {focusLimit} ÷ 목록 길이만큼만 인정됩니다. "기타"도 관심을 나누어 가지므로 개수에 포함됩니다.',
      },
    },
    {
      title: { en: 'Not scored rather than 0 or 100.', ko: '0이나 100 대신 점수 없음.' },
      body: {
        en: '"None" and "Other" alone say nothing about where automation is aimed, and where no gap is left no answer could change the score: a 0 would report a misjudgement nobody made, a 100 a judgement nobody showed. "None" was added in survey version 2, because the question is required and had no honest answer for an organisation that prioritises no automation. The study\'s figures are shares of all {n} respondents for each option, so the added answer changes no comparison with the study; it has no study share of its own.',
        ko: '"없음"이나 "기타"만으로는 자동화가 어디를 겨냥하는지 알 수 없고, 남은 격차가 없으면 어떤 응답도 점수를 바꿀 수 없습니다. 이때 0점은 아무도 하지 않은 오판을, 100점은 아무도 보여 주지 않은 판단을 보고하는 셈입니다. 이 질문은 필수 응답인데 자동화를 우선순위로 두지 않은 조직이 정직하게 고를 답이 없었기 때문에, 설문 버전 2에 "없음"을 추가했습니다. 조사 수치는 각 항목을 선택한 응답자가 전체 {n}명 중 차지하는 비율이므로, 이 항목을 추가해도 조사와의 비교는 달라지지 않으며, 이 항목 자체에 해당하는 조사 비율은 없습니다.',
      },
    },
    {
      title: { en: 'Versions.', ko: '버전.' },
      body: {
        en: 'Responses to survey version {previousSurvey} were scored by {previousModel}, which judged aim relative to the best possible pick: a weak organisation could reach Leading, and a single pick with nothing to aim at earned 100 ("Other" alone, 0). They keep those scores, and each report names the model that scored it. New responses are scored by {model}. Until results of the earlier model leave the live pool, its automation and overall figures mix both models.',
        ko: '설문 버전 {previousSurvey}의 응답은 최선의 선택 대비 조준도를 보던 {previousModel}로 채점되었습니다. 이 모델에서는 약한 조직도 선도 단계에 이를 수 있었고, 겨냥할 격차가 없는 단일 선택은 100점("기타"만 선택하면 0점)을 받았습니다. 이 응답들은 당시 점수를 그대로 유지하며, 각 보고서에는 채점한 모델이 표시됩니다. 새 응답은 {model}로 채점합니다. 이전 모델의 결과가 실시간 비교 집단에 남아 있는 동안에는 자동화 점수와 종합 점수의 비교에 두 모델의 결과가 섞여 있습니다.',
      },
    },
  ],
} satisfies Record<string, TText | TText[] | { title: TText; body: TText }[]>;

/** What the texts need from the models and the study: constants, ids, the study's figures. */
export type TRuleValues = {
  item: Pick<TGapTargetingItem, 'focusLimit' | 'aimBand' | 'leadLimit'>;
  model: string;
  previousModel: string;
  previousSurvey: string;
  study: { year: number; n: number; automationChoices: number };
};

/** The rule in one line, for the dimensions table, in `lang`. */
export function gapTargetingRuleLine(lang: TLang, item: Pick<TGapTargetingItem, 'focusLimit'>) {
  return fill(AUTOMATION_RULE.ruleLine[lang], { focusLimit: item.focusLimit });
}

/** The section's texts in `lang`, constants filled in. */
export function automationRuleText(lang: TLang, values: TRuleValues) {
  const { item, study } = values;
  const filled = {
    focusLimit: item.focusLimit,
    aimBand: item.aimBand,
    leadLimit: item.leadLimit,
    weakCeiling: 20 + item.leadLimit,
    model: values.model,
    previousModel: values.previousModel,
    previousSurvey: values.previousSurvey,
    year: study.year,
    n: study.n,
    studyChoices: study.automationChoices,
    studyMean: (study.automationChoices / study.n).toFixed(1),
  };
  const one = (text: TText) => fill(text[lang], filled);
  const rule = AUTOMATION_RULE;
  return {
    heading: one(rule.heading),
    /** One line for the rule column of the dimensions table. */
    ruleLine: gapTargetingRuleLine(lang, item),
    intro: one(rule.intro),
    steps: rule.steps.map(one),
    tableCaption: one(rule.tableCaption),
    optionHeader: one(rule.optionHeader),
    targetHeader: one(rule.targetHeader),
    unplaced: one(rule.unplaced),
    notApplicable: one(rule.notApplicable),
    /** Fill `{dimensions}` with the names of the dimensions no option targets. */
    untargeted: one(rule.untargeted),
    whyHeading: one(rule.whyHeading),
    why: rule.why.map(({ title, body }) => ({ title: one(title), body: one(body) })),
  };
}
