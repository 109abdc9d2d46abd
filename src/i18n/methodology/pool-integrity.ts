/**
 * The methodology page's section on pool integrity, in both languages, in the
 * block format of ./en.ts and ./ko.ts (one `TMethodologySection` each). The
 * figures are those of private.pool_integrity_settings
 * (20261202002000_pool_integrity.sql) and src/lib/pool-integrity/.
 */
import type { TMethodologySection } from './types.ts';

export const en: TMethodologySection = {
  id: 'pool-integrity',
  heading: 'Are the peers real? How the pool is protected',
  blocks: [
    {
      p: 'The peer figures are only worth reading if the organisations behind them are real. Four safeguards keep scripts from flooding the pool. Each is checked inside the database, not only in your browser.',
    },
    { h3: 'A small cost for every submission', id: 'proof-of-work' },
    {
      p: 'Before your answers are sent, your browser solves a small puzzle set by our own server (a proof of work in the style of ALTCHA; no third-party service is involved). It looks for a number between 0 and 30,000 whose SHA-256 fingerprint, together with a random salt, matches the one the server chose. On a modest two-core computer a browser needs less than half a second on average, which you will hardly notice. A script must solve one for every fake submission too, though a fast native program needs only tens of milliseconds: the limits below do most of the work. Each puzzle can be used once and expires after 15 minutes.',
    },
    { h3: 'Limits per connection', id: 'rate-limits' },
    {
      p: 'Per connection and per hour, the server accepts at most 20 submissions, 300 draft saves and 100 puzzles. A connection is recognised by a one-way hash of its network address (for IPv6, of its /64 network, which one computer can fill), never stored with your answers. Over all connections together, it accepts at most 2,000 submissions, 30,000 draft saves and 10,000 puzzles an hour.',
    },
    {
      p: 'An assessment takes about 8 minutes, so 20 an hour leaves room for a workshop sharing one office connection, while one computer can no longer send thousands. Before these limits, one script sent 1,000 fake organisations in 3.2 seconds. If a limit is reached, your answers wait on your device and are sent automatically when the hour is over.',
    },
    { h3: 'Quality checks before a response joins the pool', id: 'quality-checks' },
    {
      ul: [
        "**Speeding.** The time from the server's first save of your draft to your submission must be at least 1.5 seconds per answered item (about a minute for the whole assessment). Once 30 counted responses have a recorded time, it must also be at least one third of their median time. The one-third-of-the-median rule is common practice in online panel research. Qualtrics's own response-quality check flags times more than two standard deviations below the mean once it has 100 responses; we use the median because a flood of fast fake responses moves a mean much more than a median.",
        '**Straight-lining.** We compute the long-string index of the R package *careless* (Yentes and Wilhelm, after Johnson 2005): the longest run of identical consecutive answers across the rows of the three grid questions, answers compared by their column. A response is held when one run covers every grid row, that is, the same column from the first row to the last, and at least one grid has 5 rows or more (ours have 5, 8 and 10).',
        '**Duplicates.** The same answers (the organisation name aside) sent again from the same connection within 24 hours, for another organisation.',
        '**Retakes.** When this browser already holds a report for the same organisation, a new assessment counts as that organisation and replaces its earlier result, so a company that retakes the assessment counts once.',
      ],
    },
    {
      p: 'A response that fails a check still gets its full private report at once. It waits outside the peer figures, with its reasons recorded, until an operator admits it or rejects it. The synthetic demo data never passes through here and never mixes with live responses.',
    },
    { h3: 'Saved drafts', id: 'draft-expiry' },
    {
      p: 'A draft saved on the server (the one your resume link opens) is kept for 30 days after its last save, then deleted.',
    },
  ],
};

export const ko: TMethodologySection = {
  id: 'pool-integrity',
  heading: '비교 대상은 실제 기업인가요? 비교 집단을 지키는 방법',
  blocks: [
    {
      p: '비교 수치는 그 뒤에 있는 조직이 실제일 때만 의미가 있습니다. 네 가지 장치가 스크립트가 비교 집단을 가짜 응답으로 채우지 못하게 막습니다. 모든 검사는 브라우저에서만이 아니라 데이터베이스 안에서 이루어집니다.',
    },
    { h3: '제출마다 드는 작은 비용', id: 'proof-of-work' },
    {
      p: '답변을 보내기 전에 브라우저는 자체 서버가 낸 작은 퍼즐을 풉니다(ALTCHA 방식의 작업 증명이며 외부 서비스는 쓰지 않습니다). 무작위 솔트와 함께 SHA-256 지문을 계산했을 때 서버가 고른 값과 일치하는 0에서 30,000 사이의 숫자를 찾는 것입니다. 평범한 2코어 컴퓨터의 브라우저에서 평균 0.5초도 걸리지 않아 사용자는 거의 느끼지 못합니다. 스크립트도 가짜 제출마다 퍼즐을 풀어야 하지만 빠른 네이티브 프로그램은 수십 밀리초면 충분하므로, 실제 방어는 주로 아래의 제한이 맡습니다. 퍼즐은 한 번만 쓸 수 있고 15분 후에 만료됩니다.',
    },
    { h3: '연결별 한도', id: 'rate-limits' },
    {
      p: '서버는 연결 하나당 한 시간에 제출 20건, 임시 저장 300건, 퍼즐 100개까지만 받습니다. 연결은 네트워크 주소(IPv6는 컴퓨터 한 대가 모두 쓸 수 있는 /64 네트워크)의 일방향 해시로 구별하며, 이 값은 답변과 함께 저장되지 않습니다. 모든 연결을 합쳐서는 한 시간에 제출 2,000건, 임시 저장 30,000건, 퍼즐 10,000개까지 받습니다.',
    },
    {
      p: '평가 한 번에 약 8분이 걸리므로, 시간당 20건이면 사무실 연결 하나를 함께 쓰는 워크숍도 충분히 참여할 수 있지만 컴퓨터 한 대가 수천 건을 보낼 수는 없습니다. 이 한도가 생기기 전에는 스크립트 하나가 3.2초 만에 가짜 조직 1,000개를 보냈습니다. 한도에 도달하면 답변은 기기에 보관되었다가 그 시간이 지나면 자동으로 전송됩니다.',
    },
    { h3: '응답이 비교 집단에 들어가기 전의 품질 검사', id: 'quality-checks' },
    {
      ul: [
        '**너무 빠른 응답.** 서버가 처음 임시 저장을 기록한 시점부터 제출까지의 시간이 답한 문항 하나당 최소 1.5초(평가 전체로는 약 1분)여야 합니다. 소요 시간이 기록된 반영 응답이 30건 이상 쌓이면, 그 중앙값의 3분의 1 이상이어야 합니다. 중앙값의 3분의 1 기준은 온라인 패널 조사에서 널리 쓰이는 관행입니다. Qualtrics 자체의 응답 품질 검사는 응답이 100건 이상일 때 평균보다 표준편차 2배 이상 빠른 응답을 표시하는데, 빠른 가짜 응답이 몰리면 평균은 중앙값보다 훨씬 크게 움직이므로 여기서는 중앙값을 씁니다.',
        '**일자형 응답.** R 패키지 *careless*(Yentes, Wilhelm; Johnson 2005 기반)의 롱스트링 지수, 즉 세 개의 표 형식 질문의 행 전체에서 같은 답이 연속된 가장 긴 길이를 계산하며, 답은 열 위치로 비교합니다. 하나의 연속이 모든 행을 덮고(첫 행부터 마지막 행까지 같은 열), 5행 이상인 표가 하나 이상 있을 때(이 평가의 표는 5행, 8행, 10행) 응답을 보류합니다.',
        '**중복.** 같은 연결에서 24시간 안에 다른 조직으로 같은 답변(조직 이름 제외)을 다시 보낸 경우입니다.',
        '**재응답.** 이 브라우저가 같은 조직의 보고서를 이미 가지고 있으면, 새 평가는 그 조직의 응답으로 처리되어 이전 결과를 대체합니다. 따라서 평가를 다시 한 기업도 한 번만 집계됩니다.',
      ],
    },
    {
      p: '검사를 통과하지 못한 응답도 전체 개인 보고서는 바로 받습니다. 다만 운영자가 승인하거나 거부할 때까지 그 이유와 함께 비교 수치 밖에서 대기합니다. 합성 데모 데이터는 이 과정을 거치지 않으며 실제 응답과 절대 섞이지 않습니다.',
    },
    { h3: '임시 저장', id: 'draft-expiry' },
    {
      p: '서버에 임시 저장된 답변(이어서 하기 링크가 여는 것)은 마지막 저장 후 30일 동안 보관된 뒤 삭제됩니다.',
    },
  ],
};
