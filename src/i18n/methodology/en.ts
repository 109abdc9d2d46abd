/** The methodology page in English (shape and placeholders: ./types.ts). */
import { en as poolIntegrity } from './pool-integrity.ts';
import type { TMethodologyText } from './types.ts';

export const methodologyEn: TMethodologyText = {
  title: 'Methodology',
  description:
    'How the digital CX maturity assessment turns answers into six dimension scores, an overall score and a maturity stage, and what the benchmarks can and cannot tell you.',
  heading: 'How the assessment is scored',
  intro:
    'Every score on your report comes from one published scoring model, `{modelId}`. This page is generated from that model, so the questions, weights and points below are exactly the ones used to score your answers.',
  sections: [
    {
      id: 'study',
      heading: 'The research behind it',
      blocks: [
        {
          p: 'The questions are those of the *{title}* by {publisher}, written by analyst {analyst}. The survey was fielded in {fielded} and {n} organisations answered (n = {n}; a few questions have slightly fewer answers). Respondents were leaders in CX, marketing, sales, design, product, analytics, contact centres and digital strategy, from companies of all sizes and most major industries.',
        },
        {
          p: "The study publishes only the whole sample's answers to each question (its marginals). It gives no breakdown by industry, company size or region, so no comparison on this site claims one. [See every published answer of the study](/study/).",
        },
        { part: 'citation' },
      ],
    },
    {
      id: 'dimensions',
      heading: 'Six dimensions and the questions that feed them',
      blocks: [
        {
          p: 'Each dimension is one section of the study. An item is one question; its score lies between 0 and 1. The weight says how much of the dimension it carries.',
        },
        { part: 'dimensionTables' },
        { part: 'unscoredQuestions' },
      ],
    },
    {
      id: 'points',
      heading: 'Why these points',
      blocks: [
        {
          ul: [
            '**Ordered answers are evenly spaced.** Collaboration, digital share, customer intelligence and user-experience metrics are ladders of four steps, worth 0 to 3. Even spacing claims nothing the study does not: it orders the answers but never says one step is worth more than another.',
            '**Alignment: collaboration weighs 70%, digital share 30%.** Whether CX, sales, marketing, service and design actually work to one strategy is the behaviour that unifies the experience. The share of CX priorities that concern digital shows intent and context, and a company can be mature with a moderate digital share, so it counts less.',
            '**Staffing: "too much" earns 1.5 of 2.** Over-resourcing is capacity, not maturity: it beats "some, but maybe not enough", but resources that do not match need are not the mark of a well-run function, so only "sufficient" earns full points. The five functions count equally.',
            "**Effort uses the study's own scale.** The answers sit at 0, 1.25, 2.5, 3.75 and 5, the scale on which the study computed its published means (for example 3.52 for finding information and 2.71 for escalating to a phone agent). Your task scores are therefore directly comparable with the published means, row by row. The tasks weigh 75% because they are the customer's outcome; attention to user-experience metrics, a management practice, weighs 25%.",
            "**Personalization: intelligence weighs 60%, personalization factors 40%.** The study's sharpest finding is that 90% of companies admit weaknesses in capturing, analysing and acting on customer intelligence; personalization built on weak intelligence does not hold. A single graded statement is also harder to over-claim than a list of ticked factors.",
            '**Brand: the share of your channels that reflect your brand.** Every channel you offer counts equally, yes 1, no 0.',
          ],
        },
      ],
    },
    {
      id: 'na',
      heading: '"Not applicable" and "we do not offer this channel"',
      blocks: [
        {
          p: 'A task you mark "not applicable" and a channel you "do not offer or monitor" are left out of the mean for that question, exactly as the study leaves them out of its means: they neither help nor hurt. If every row of a question is left out, the question drops out of its dimension and the other question of the dimension carries it alone. If no question of a dimension has an answer that counts (for example, no channel offered at all), the dimension has no score and is shown as "not scored", never as 0.',
        },
        {
          p: 'The brand score therefore measures consistency where you are present, not how many channels you offer. The study itself notes that not monitoring chat or messaging can be a problem in its own right; the effort and automation questions are where such gaps show.',
        },
      ],
    },
    {
      id: 'multi',
      heading: 'Questions with several answers',
      blocks: [
        { h3: 'Personalization factors: depth, not count' },
        {
          p: 'Each factor earns depth points (listed above) and the item is their sum ÷ {depthMax}, capped at 1. Ticking "{noneOption}" scores the item 0, whatever else is ticked.',
        },
        {
          p: "Why: the study ranks the factors itself. It dismisses personalising on basic account data such as a name as little more than self-congratulation; it credits profile and engagement history (past purchases and enquiries) with recognising the customer without making the conversation unique; and it calls browsing behaviour, perceived sentiment and predicted intent the more in-depth factors. Of these, sentiment and intent adapt the interaction to the customer's needs and mood in the moment, while browsing records what the customer did, so they earn 3 and browsing 2. Full marks take {depthMax} points: two deep signals (3 + 3), or one deep signal with history or browsing and account data (3 + 2 + 1). A company that personalises on sentiment and intent does mature personalization; ticking more boxes beyond that adds breadth, not maturity. Account, history and browsing data alone (1 + 2 + 2 = 5) cannot reach full marks.",
        },
        { part: 'automationRule' },
        { h3: 'Staffing strategies: shown, not scored' },
        {
          p: "How you meet staffing needs (automation, hiring, cross-training, outsourcing, redeploying, gig work) is shown against how common each strategy is among the study's companies and your peers, but it is not scored. The study itself finds that every option has pros and cons, and the right mix depends on the company, so no strategy is more mature than another.",
        },
      ],
    },
    {
      id: 'scores',
      heading: 'From items to scores',
      blocks: [
        {
          ul: [
            'A dimension score is 100 × the weighted mean of the items that have a score, from 0 to 100. Items without an answer that counts are left out, and the weights of the rest are rescaled.',
            'Scores are rounded to one decimal, halves away from zero (62.25 becomes 62.3). The stage is taken from the rounded score.',
            'The overall score is the plain mean of the rounded dimension scores that exist, rounded the same way. The six dimensions count equally, because the study gives no ground for ranking them.',
          ],
        },
      ],
    },
    {
      id: 'stages',
      heading: 'Five maturity stages',
      blocks: [
        { part: 'stagesTable' },
        {
          p: "A score reaches a stage when it is at or above the stage's lower bound: 19.9 is stage 1, 20 is stage 2, 80 and above is stage 5. Your report also describes what each stage looks like in each dimension.",
        },
        {
          p: 'Why 20, 40, 60 and 80: the study publishes no maturity scale, so the five stages split the 0-100 range into equal fifths, one stage per 20 points. Equal bands are the convention of the maturity models executives know (five levels, as in CMMI and OWASP SAMM), they keep every stage equally hard to climb, and they make "one stage" a fixed distance that the automation rule and the priorities can use. The cut-offs are a convention, not a finding: a company at 59.9 and one at 60 differ by 0.1 point, not by a level of maturity.',
        },
        {
          p: 'Why a target of 75 for the priorities: it sits in the upper half of stage 4 (Integrated), a level the study shows within reach (its best-practice answers are given by 10% to 65% of companies, depending on the question) without asking for the Leading stage everywhere. A fixed target keeps the priorities from reordering when the peer pool grows; the peers stay beside each priority as context.',
        },
      ],
    },
    {
      id: 'limits',
      heading: 'What the scores cannot tell you',
      blocks: [
        {
          ul: [
            'Answers are self-reported: they describe how your organisation sees itself, not an audit of what customers experience.',
            'One respondent answers for the whole organisation. Someone in marketing and someone in service may see the same company differently.',
            "The study's {n} respondents are not a random sample, and nothing shows they represent any industry, size band or region.",
            'The live pool of peers consists of organisations that chose to take this assessment. Those who do are likely to differ from those who do not.',
            "Composite scores (dimension, overall, stage) are never compared with the study: it publishes only the answers to each question, not respondents' combined answers, so no study company's score can be computed. Comparisons with the study are made question by question.",
            'The points and weights are judgements, explained above, not a validated measurement scale.',
          ],
        },
      ],
    },
    {
      id: 'benchmarks',
      heading: 'How the benchmarks are computed',
      blocks: [
        {
          p: "**Against the {year} study (n = {n})**, the report compares answers question by question, from the study's answer counts (never its rounded percentages): the share of its companies that gave your answer; on ordinal questions the shares less mature than, as mature as and more mature than you (not-applicable answers left out); on the effort tasks your ease on the study's 0-5 scale beside its mean. Composite dimension scores are *not* compared with the study: it published each question's answers only, not which company gave which combination, so a study company's dimension score cannot be computed.",
        },
        {
          p: '**Against the live pool**, each organisation counts once (its newest complete result, which replaces an earlier one). Peer figures are computed from how many peers are at each stage of each dimension (five 20-point bands), never from their exact scores: n and the number of peers at each stage; your percentile (the share of peers in lower stages, plus those in your own stage in proportion to how far into it your score lies); and the estimated median and middle half (grouped quartiles: peers spread evenly within their stage). These are estimates, shown in whole points; your own scores are exact. A 95% Wilson interval on the percentile shows the uncertainty of small groups. Readers can narrow the pool by industry, company size, region or business model, one at a time. Generated data (the demo pool, benchmark runs) is kept in pools of its own and never enters the live benchmarks.',
        },
        {
          p: '**Results collected before 2026-12-02 are not in the live pool.** Until then, on wide screens, the six-column effort question hid its last answer, "Very easy", behind a sideways scrollbar, which lowered the effort scores (and the overall scores) of an unknown share of respondents: screen widths were not recorded, so affected and unaffected results cannot be told apart. Those results are flagged and kept out of every peer statistic; their owners\' reports stay as they were scored. Every answer of every question now fits the screen at any width, and a test checks it.',
        },
        { h3: 'Where to start' },
        { part: 'priorityRule' },
        {
          p: 'The recommendations under each priority follow your answers (a weak channel, a hard task, a missing skill), drawn from the study and from the practice articles it sits beside.',
        },
        { h3: 'The summary', id: 'summary' },
        {
          ul: [
            '**Position among peers in words**: from your overall percentile in the chosen group: top tenth (90 or more), top quarter (75 or more), upper half (above 50), lower half (25 or more), bottom quarter (above 10), bottom tenth. Where its 95% interval spans 40 points or more the report says the position is rough.',
            '**Strongest dimensions**: your two highest-scoring dimensions that are not priorities, whatever their score; those at 60 or more are also marked as strengths to protect.',
            "**The most telling comparison with the {year} study**: of your answers to its ranked questions, the one furthest from the study's middle, that is with the largest gap between the shares of its companies that answered more and less maturely (a priority dimension's answer first on a tie).",
            "**Your standing among the study's answers, per dimension**: for each ranked question, the share of the study's companies whose answer was less mature than yours plus half of those who gave yours; the rows of a grid question are averaged first, then the questions of the dimension. It is computed from the study's answer counts, not published by it, and compares answers, not dimension scores.",
          ],
        },
      ],
    },
    {
      id: 'privacy',
      heading: 'Privacy of the peer benchmarks',
      blocks: [
        {
          p: "**Our promise.** Someone who controls all but one member of any peer group, submits as many organisations as the product allows, and reads every figure the product shows, at any time, learns no other organisation's score more precisely than its stage: a 20-point band, in every dimension. Organisation names are never shown or exported.",
        },
        {
          ul: [
            '**Stages, not scores.** Every peer figure is computed from how many organisations are at each stage, so no arithmetic on the figures can narrow a score below its stage.',
            '**Groups of at least {k}, one attribute at a time.** A peer group is the whole pool or one attribute value (an industry, a size band, a region, a business model), never a combination: sums of single attributes cannot isolate a combination. A group is shown only with at least {k} organisations. Each attribute is released whole, decided for the whole table at each release, not per request: when any of its groups holds fewer than {k}, all its groups keep the figures of their previous release, so no difference between shown groups, old or new, isolates a small group.',
            "**Released in steps of {k}.** A new result joins the peer figures only together with results of at least {k} organisations in every group it belongs to (the whole pool, its industry, size band, region and business model). Between two releases every shown group therefore changes by none or by at least {k} organisations: comparing releases shows a batch, never one organisation alone, unless the attacker supplied the rest of the batch, and then only that organisation's stages.",
          ],
        },
        {
          p: '**What it costs.** Your own scores are immediate; the peer figures carry the date of their release, and your report says when your result is still waiting to join them. A result in a rare group (say, the only public-sector company of its size) waits until enough similar organisations have joined. A group may show an earlier release while a newer one waits. The threshold can be raised, never lowered below {k}.',
        },
        {
          p: "**How it is tested.** Automated tests play the attacker against the real database: they control four of five members of a group, add a fake organisation to make a group of four visible, subtract groups across two attributes, and, over random histories, try every linear combination of everything published. A test fails if any group smaller than {k}, in any combination of attributes or between any two releases, can be solved for, or if, with random members under the attacker's control, moving any other organisation's score within its stage changes anything the attacker sees.",
        },
      ],
    },
    {
      id: 'organisations',
      heading: 'Organisations of several executives',
      blocks: [
        {
          p: "A consultant can invite several executives of one organisation. The consultant sets the organisation's industry, size, region and business model once; each executive is asked only their own function and seniority. **The combined score** of each dimension, and overall, is the mean of the executives' scores, computed in the database; its stage is the stage of that mean. The organisation counts once in the live pool, with the combined result of the executives who passed the quality checks; each new answer replaces its previous combined result, exactly as a retake replaces an earlier result.",
        },
        {
          p: "**Agreement.** In each dimension the report gives the average absolute deviation of the executives' scores around their mean (AD_M, in points), with the lowest and highest score. Burke and Dunlap (2002) read AD ≤ c/6 as agreement on a scale of c options; carried over to five 20-point stages (c = 5), the cut-off is 5/6 of a stage, 16.7 points. The label is **aligned** up to 16.7 points, **partly aligned** up to 25 (one and a half times the cut-off) and **divided** beyond.",
        },
        {
          p: "**The biggest disagreements** are the ranked questions where the executives' answers lie furthest apart: the average absolute deviation of their answers' positions on the question's scale, over the scale's length, so that questions of four and six options compare. A grid question counts once, with its most divided row. Not-applicable answers are left out. They are shown as answer counts.",
        },
        {
          ul: [
            "**No answer or score is ever attributed to a person or a role.** The consultant sees how many executives were invited, started and submitted, never who answered what, and never an executive's own report.",
            '**Spreads from three executives.** With two, the report says only whether they are aligned, because a spread and a mean would give both scores. Answer counts, too, appear from three.',
            "**Each executive keeps a private link** to their own answers and report. They see the organisation's combined report only if the consultant allows it, and only once three executives have answered: with two, an executive's own score and the mean would give the other's.",
            '**Times by the day.** The consultant sees the day of the last activity, never the time of an answer.',
            "**Answers join three at a time.** The report's figures (scores, agreement, answer counts) change only when at least three new answers have arrived, so comparing the report before and after one more answer shows nothing new. The first figures appear at three answers, or earlier when the consultant closes the invitation (an organisation of one or two executives). After that, one or two later answers wait for a third, also after the invitation closes. An answer once in the report stays in it. The workspace shows how many answers wait.",
          ],
        },
        {
          p: '**Rounds.** A consultant can assess an organisation again in a new round, with a new invitation link. The report shows the latest round with figures beside the round before: the change per dimension in points, and a movement word. When the stage changed, the word follows the stage; otherwise a change under 3 points is **steady**, and a larger one is **up** or **down**. The 3 points are a convention that keeps a wobble of a point or two from reading as movement, not a test of significance; the change itself is always shown. The pool counts the latest complete round: the current one once its invitation is closed, the round before while it is still open.',
        },
        {
          p: "**The portfolio** puts a consultant's clients side by side, each in its latest round with figures. Its figures per dimension are computed from the clients' combined scores (exact quartiles, archived clients left out). The live pool's are its released figures, with their date and n. The comparison with the 2022 study pools the answers of the clients with at least three executives in the figures, and gives the share of the study's answers less mature than theirs, ties counted half: computed from the study's answer counts, not published by it.",
        },
        {
          p: "**What it cannot hide.** The combined result of one executive is that executive's own, and the consultant sees it if they close the invitation after one answer. The batches stop comparisons, not someone who fills a batch: whoever holds the invitation link (the consultant, or an executive who passes it on) can answer twice more, around one real answer, and subtract their own two. The submitted count shows every answer, so the client can check it against the executives who actually answered. With exactly three executives, the lowest score, the highest and the mean together give the third: an executive who knows their own score can work out the other two, though not who gave which. With three answers to a question, each executive can tell how the other two answered it, again without knowing who. Invite more executives where that matters.",
        },
      ],
    },
    {
      id: 'editions',
      heading: 'Benchmark editions and research data',
      blocks: [
        {
          p: "**Editions.** An operator freezes the live pool's released figures as a labelled edition (for example 2026-H2): its fieldwork dates, n, k, the survey and scoring versions, the statistics every report needs under the anonymity rules then in force, and a SHA-256 of all of it. Nothing can change or delete an edition; a correction is a new one. Only live results are included, never the demo or benchmark-test pools. Results entered outside the fieldwork dates are left out only when at least k of them leave every peer group they belong to, so an edition and the live figures never differ by fewer than k organisations in any group. A report can take its peer figures from an edition instead of the live pool, and its benchmarks line says which.",
        },
        {
          ul: [
            '**Consent.** Each respondent chooses, before starting, whether researchers may use their anonymised answers; the default is no, and the report and the benchmark do not depend on it. A client organisation enters a data package only with three or more respondents, every one it has had by the freezing having agreed.',
            '**Nothing that identifies.** A data package has no token, id, name, time or free text; row ids are random, drawn when the edition is frozen; the fieldwork half-year is the only date. An organisation of several executives appears with its combined scores only, never any answer.',
            '**Strict k.** Industry, size band, region and business model are coarsened along fixed groupings and then blanked where needed (local suppression, as in sdcMicro), so that every combination of the four in the file, a blank counting as a value of its own, holds at least k rows. The codebook says how many values were blanked.',
            '**Nothing to subtract.** The edition (and the live pool) publishes how many organisations each group holds; the file shows fewer in a group: those who declined, and those whose value in it was blanked. In every group of k or more, that shortfall is none or at least k: where it would be only a few, a few more rows are left out, chosen at random, and the blanks planned again, so that figures minus the file never single anyone out. The README says how many were left out.',
            "**What k cannot do.** Someone who entered k − 1 organisations of their own with another organisation's four values could recognise it among k rows. The checks on who enters the pool (a proof of work, rate limits, duplicate detection) make that costly, not impossible, and the terms forbid it.",
            "**One package each.** An organisation is in one edition's package only, the first that holds it with consent. Packages never share a row, so they can be pooled without duplicates and never joined to undo a blank.",
            '**Frozen rows.** The rows of a data package are fixed when its edition is frozen, with consent as it stood then, in an order and with row ids drawn then. Every download of an edition holds the same data.csv; its SHA-256 is recorded at the first build, listed on the research page and written into datapackage.json, and a build that came out different would be refused.',
          ],
        },
      ],
    },
    poolIntegrity,
  ],
  tables: {
    dimensionCaption: 'Scored questions in {dimension}',
    question: 'Question',
    weight: 'Weight',
    rule: 'Rule',
    points: 'Answers and points',
    rows: 'Rows: {rows}.',
    rowSeparator: '; ',
    targetingLink: 'See the automation rule below.',
    ruleOf: {
      single: 'One answer: its points ÷ {max}.',
      matrix: 'Each counted row: its points ÷ {max}; the item is the mean over counted rows.',
      multiple_depth: 'Depth: the points of all ticked options added up ÷ {max}, capped at 1.',
      multiple_targeting:
        'Targeting: the needs the ticked options address, relative to the best possible with as many picks; more than {focusLimit} picks dilute the score.',
    },
    pointsValue: '{points} of {max}',
    notCounted: 'not counted',
    itemScoresZero: 'item scores 0',
    unscoredHeading: 'Questions asked but not scored',
    unscoredNote:
      "These answers appear on your report next to how common each answer is among the study's companies and your peers, but they do not change any score (see below why).",
    listJoin: ' or ',
    stagesCaption: 'Stages by score (0 to 100)',
    stage: 'Stage',
    score: 'Score',
    looksLike: 'What it looks like',
    stageName: '{stage}. {name}',
    range: '{min} to under {next}',
    rangeLast: '{min} to 100',
  },
};
