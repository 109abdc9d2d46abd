/** Interface text of the site and its islands, in English and Korean. */
import type { TLang } from './languages.ts';

const en = {
  'site.name': 'Digital CX Benchmark',
  'site.skip': 'Skip to content',
  'site.nav': 'Main',
  'nav.home': 'Home',
  'nav.assessment': 'Assessment',
  'nav.study': 'The 2022 study',
  'nav.methodology': 'Methodology',
  'lang.switch': '한국어',
  'lang.switchLabel': 'Read this page in Korean',
  'footer.citation':
    'Benchmarks cite the Digital CX & Engagement market study (CCW Digital / Customer Engagement Insider, fielded March 2022, n = 106).',

  'home.title': 'How mature is your digital customer experience?',
  'home.lead':
    'A fifteen-minute assessment for executives. It scores your company on six dimensions of digital customer experience and compares every answer with the 2022 Digital CX & Engagement study ({n} companies) and with a live, anonymous pool of peers in your industry, size band and region.',
  'home.start': 'Start the assessment',
  'home.dimensions': 'The six dimensions',
  'home.benchmarks': 'Benchmarks you can trust',
  'home.benchmarksText':
    'Every comparison names its source: the published study always with its year and sample size, the live pool only for groups of at least five organisations, so no single company can be singled out.',
  'home.studyLink': "See the 2022 study's answers",

  'assessment.title': 'Digital CX maturity assessment',
  'assessment.lead':
    'About 15 minutes. Seven short pages: your company profile, then one page for each of the six dimensions of digital customer experience.',
  'assessment.points.saved':
    'Every answer is saved on this device as you go; each page is also saved on our server so you can continue on another device.',
  'assessment.points.private':
    'Your organisation name is optional and private. Benchmarks only ever show groups of at least five organisations.',
  'assessment.points.report':
    'When you submit, you get a private report link with your scores and maturity stages.',
  'assessment.start': 'Start the assessment',
  'assessment.continue': 'Continue where you left off',
  'assessment.continueDetail': 'Saved on this device: page {page} of {pages}, last changed {when}.',
  'assessment.startOver': 'Start over',
  'assessment.confirmStartOver': 'Discard the answers saved on this device and start again?',
  'assessment.loading': 'Loading the questionnaire…',
  'assessment.loadFailed':
    'The questionnaire could not be loaded. Check your connection and try again.',
  'assessment.retry': 'Try again',
  'assessment.resumeLoading': 'Opening your saved assessment…',
  'assessment.resumeFailed': 'This resume link could not be opened: {reason}',
  'assessment.resumeLink': 'Private link to continue on another device',
  'assessment.resumeLinkHelp':
    'Anyone with this link can see and change your answers. Keep it private.',
  'assessment.copy': 'Copy link',
  'assessment.copied': 'Copied',
  'assessment.saved.server': 'Saved. Last saved to the server at {time}.',
  'assessment.saved.local':
    'Saved on this device. The server could not be reached; we will try again on the next page.',
  'assessment.switchLanguage': '한국어로 보기',
  'assessment.submitting': 'Sending your answers…',
  'assessment.waiting':
    'Your answers are safe on this device but could not be sent yet ({reason}). Trying again in {seconds} s, or as soon as you are back online.',
  'assessment.refused': 'The server did not accept the answers: {message}',
  'assessment.backToAnswers': 'Back to my answers',
  'assessment.submitted': 'Submitted. Opening your report…',
  'assessment.openReport': 'Open your report',
  'assessment.startNew': 'Take the assessment again',
  'assessment.alreadySubmitted': 'You have submitted this assessment on this device.',

  'report.title': 'Your digital CX maturity report',
  'report.loading': 'Loading your report…',
  'report.notFound': 'No report was found for this link. Check that you copied the whole link.',
  'report.noToken': 'This page needs your private report link (it ends with #token=…).',
  'report.failed': 'The report could not be loaded: {message}',
  'report.overall': 'Overall maturity',
  'report.stage': 'Stage {stage} of 5: {name}',
  'report.notScored': 'Not enough answers to score',
  'report.dimension': 'Dimension',
  'report.score': 'Score (0-100)',
  'report.stageColumn': 'Stage',
  'report.submittedOn': 'Submitted on {date} · survey version {version}',
  'report.keepLink': 'Bookmark this page: the link is the only key to your report.',
  'report.synthetic': 'Synthetic demo data',
} as const;

export type TUiKey = keyof typeof en;

const ko: Record<TUiKey, string> = {
  'site.name': '디지털 CX 벤치마크',
  'site.skip': '본문으로 건너뛰기',
  'site.nav': '주요 메뉴',
  'nav.home': '홈',
  'nav.assessment': '진단',
  'nav.study': '2022년 조사',
  'nav.methodology': '방법론',
  'lang.switch': 'English',
  'lang.switchLabel': '이 페이지를 영어로 보기',
  'footer.citation':
    '벤치마크는 디지털 CX 및 참여 시장 조사(CCW Digital / Customer Engagement Insider, 2022년 3월 실시, n = 106)를 인용합니다.',

  'home.title': '귀사의 디지털 고객 경험은 얼마나 성숙했습니까?',
  'home.lead':
    '경영진을 위한 15분 진단입니다. 디지털 고객 경험의 6개 영역에서 귀사의 점수를 산출하고, 모든 응답을 2022년 디지털 CX 및 참여 시장 조사({n}개 기업) 및 같은 업종·규모·지역의 익명 동종 기업 풀과 비교합니다.',
  'home.start': '진단 시작하기',
  'home.dimensions': '6개 진단 영역',
  'home.benchmarks': '신뢰할 수 있는 벤치마크',
  'home.benchmarksText':
    '모든 비교에는 출처를 밝힙니다. 공개된 조사는 항상 조사 연도와 표본 수를 함께 표시하며, 실시간 풀은 최소 5개 이상 기업으로 구성된 그룹만 보여 주므로 특정 기업이 드러나지 않습니다.',
  'home.studyLink': '2022년 조사 응답 보기',

  'assessment.title': '디지털 CX 성숙도 진단',
  'assessment.lead':
    '약 15분이 소요됩니다. 회사 프로필과 디지털 고객 경험의 6개 영역별 질문으로 구성된 7개의 짧은 페이지입니다.',
  'assessment.points.saved':
    '모든 응답은 입력하는 즉시 이 기기에 저장되며, 페이지를 넘길 때마다 서버에도 저장되어 다른 기기에서 이어서 진행할 수 있습니다.',
  'assessment.points.private':
    '회사명 입력은 선택 사항이며 공개되지 않습니다. 벤치마크는 최소 5개 이상 기업이 모인 그룹만 보여 줍니다.',
  'assessment.points.report':
    '제출하면 점수와 성숙도 단계가 담긴 비공개 보고서 링크를 받게 됩니다.',
  'assessment.start': '진단 시작하기',
  'assessment.continue': '이어서 진행하기',
  'assessment.continueDetail':
    '이 기기에 저장됨: 전체 {pages}페이지 중 {page}페이지, 마지막 수정 {when}.',
  'assessment.startOver': '처음부터 다시 하기',
  'assessment.confirmStartOver': '이 기기에 저장된 응답을 지우고 처음부터 다시 시작할까요?',
  'assessment.loading': '설문을 불러오는 중입니다…',
  'assessment.loadFailed':
    '설문을 불러오지 못했습니다. 연결 상태를 확인한 뒤 다시 시도해 주십시오.',
  'assessment.retry': '다시 시도',
  'assessment.resumeLoading': '저장된 진단을 여는 중입니다…',
  'assessment.resumeFailed': '이어하기 링크를 열 수 없습니다: {reason}',
  'assessment.resumeLink': '다른 기기에서 이어서 진행할 수 있는 비공개 링크',
  'assessment.resumeLinkHelp':
    '이 링크가 있으면 누구나 응답을 보고 수정할 수 있습니다. 외부에 공유하지 마십시오.',
  'assessment.copy': '링크 복사',
  'assessment.copied': '복사됨',
  'assessment.saved.server': '저장되었습니다. 서버 저장 시각: {time}.',
  'assessment.saved.local':
    '이 기기에 저장되었습니다. 서버에 연결하지 못해 다음 페이지에서 다시 저장을 시도합니다.',
  'assessment.switchLanguage': 'View in English',
  'assessment.submitting': '응답을 전송하는 중입니다…',
  'assessment.waiting':
    '응답은 이 기기에 안전하게 보관되어 있으나 아직 전송하지 못했습니다({reason}). {seconds}초 후 또는 온라인에 다시 연결되는 즉시 재시도합니다.',
  'assessment.refused': '서버가 응답을 받아들이지 않았습니다: {message}',
  'assessment.backToAnswers': '응답으로 돌아가기',
  'assessment.submitted': '제출되었습니다. 보고서를 여는 중입니다…',
  'assessment.openReport': '보고서 열기',
  'assessment.startNew': '진단 다시 하기',
  'assessment.alreadySubmitted': '이 기기에서 이미 진단을 제출하셨습니다.',

  'report.title': '디지털 CX 성숙도 보고서',
  'report.loading': '보고서를 불러오는 중입니다…',
  'report.notFound':
    '이 링크에 해당하는 보고서가 없습니다. 링크 전체를 복사했는지 확인해 주십시오.',
  'report.noToken': '이 페이지는 비공개 보고서 링크(#token=…으로 끝남)로 열어야 합니다.',
  'report.failed': '보고서를 불러오지 못했습니다: {message}',
  'report.overall': '종합 성숙도',
  'report.stage': '5단계 중 {stage}단계: {name}',
  'report.notScored': '점수를 산출할 응답이 부족합니다',
  'report.dimension': '영역',
  'report.score': '점수 (0-100)',
  'report.stageColumn': '단계',
  'report.submittedOn': '{date} 제출 · 설문 버전 {version}',
  'report.keepLink': '이 페이지를 북마크해 두십시오. 이 링크가 보고서를 여는 유일한 열쇠입니다.',
  'report.synthetic': '합성 데모 데이터',
};

const dictionaries: Record<TLang, Record<TUiKey, string>> = { en, ko };

/** The text for `key`, with `{name}` placeholders filled from `values`. */
export function t(lang: TLang, key: TUiKey, values: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
