/** Interface text of the site and its islands, in English and Korean. */
import { fill } from './fill.ts';
import type { TLang } from './languages.ts';

const en = {
  'site.name': 'Digital CX Benchmark',
  'site.skip': 'Skip to content',
  'site.nav': 'Main',
  'nav.home': 'Home',
  'nav.assessment': 'Assessment',
  'nav.study': 'The 2022 study',
  'nav.methodology': 'Methodology',
  'nav.research': 'Research',
  'research.title': 'Benchmark editions for research',
  'research.lead':
    'Frozen, citable editions of the live benchmark: each keeps its figures, its n and its fieldwork dates for good, so a report or a paper can name exactly what it compared with.',
  'research.editionsHeading': 'Editions',
  'research.editionsLead':
    'An edition never changes; a correction is a new edition. Each lists its n, its fieldwork dates, the anonymity threshold k and a SHA-256 of its content. Where the operator made its data package public, you can download it here; otherwise the operator exports it on request.',
  'research.loading': 'Loading the editions…',
  'research.none': 'No edition has been frozen yet.',
  'research.failed': 'The editions could not be loaded: {reason}',
  'research.edition': 'Edition {label}',
  'research.facts': 'n = {n} organisations; fieldwork {from} to {to}; k = {k}; frozen {frozen}.',
  'research.versions': 'Survey versions {survey}; scoring models {models}.',
  'research.citeAs': 'Cite as:',
  'research.citationTitle':
    'Digital CX Benchmark, edition {label} (fieldwork {from} to {to}, n = {n})',
  'research.dataset': '[Data set]',
  'research.download': 'Download the data package of edition {label} (zip)',
  'research.private': 'Its data package is not public: ask the operator for an export.',
  'research.dataDigest': 'data.csv SHA-256, the same in every download: {sha}',
  'research.packageHeading': 'What a data package holds',
  'research.package.data':
    'data.csv: one row per organisation, in its combined result, with item codes, dimension scores and stages, a random row id and the fieldwork half-year.',
  'research.package.schema':
    'datapackage.json: a Frictionless Data Package whose Table Schema gives types, value labels and missing values, with English and Korean descriptions.',
  'research.package.codebook':
    'codebook.md: every variable, its question in English and Korean, its codes, how it is scored, and how many values were suppressed.',
  'research.package.scripts':
    'Read scripts that apply the value labels: R (readr), Python (pandas), SPSS syntax and a Stata do-file.',
  'research.package.aggregates':
    'Aggregate tables per industry, size band, region and business model, under the same suppression.',
  'research.package.citation': 'README.md with the citation and the terms, and CITATION.cff.',
  'research.protectHeading': 'How the data protects organisations',
  'research.protect.consent':
    'Only organisations whose respondents agreed to research use, when they answered.',
  'research.protect.identifiers':
    'No token, id, name, time or free text; the fieldwork half-year is the only date.',
  'research.protect.k':
    'Industry, size band, region and business model are coarsened and then blanked where needed, so that every combination of the four in the file, a blank counting as a value of its own, holds at least k rows.',
  'research.protect.clients':
    'An organisation of several executives appears with its combined scores only, never any executive’s answers.',
  'research.protect.pools': 'The demo and benchmark-test pools are never included.',
  'research.protect.heldBack':
    'In every group, the edition’s organisations that the file does not show in it (they declined, or a value of theirs was blanked) number none or at least k: where only a few would, a few more are left out at random, so that the edition’s figures minus the file never single anyone out.',
  'research.protect.onePackage':
    'An organisation is in one edition’s package only, the first that holds it with consent, so packages never share a row: they can be pooled without duplicates, and never joined to undo a blank.',
  'research.protect.frozen':
    'The rows are fixed when the edition is frozen, with consent as it stood then: every download of an edition holds the same data.csv, whose SHA-256 is listed with the edition.',
  'research.terms':
    'Use the data for research, teaching and statistics; never try to identify an organisation or a person; cite the edition you used.',
  'lang.switch': '한국어',
  'footer.citation':
    'Benchmarks cite the Digital CX & Engagement market study (CCW Digital / Customer Engagement Insider, fielded March 2022, n = 106).',

  'home.title': 'How mature is your digital customer experience?',
  'home.lead':
    'A {minutes}-minute assessment for executives. It scores your company on six dimensions of digital customer experience and compares every answer with the 2022 Digital CX & Engagement study ({n} companies) and with a live, anonymous pool of peers in your industry, size band and region.',
  'home.start': 'Start the assessment',
  'home.dimensions': 'The six dimensions',
  'home.benchmarks': 'Benchmarks you can trust',
  'home.benchmarksText':
    'Every comparison names its source: the published study always with its year and sample size, the live pool only for groups of at least five organisations, so no single company can be singled out.',
  'home.studyLink': "See the 2022 study's answers",

  'assessment.title': 'Digital CX maturity assessment',
  'assessment.lead':
    'About {minutes} minutes (estimated from its length: reading and answering). Seven short pages: your company profile, then one page for each of the six dimensions of digital customer experience.',
  'assessment.points.saved':
    'Every answer is saved on this device as you go; each page is also saved on our server so you can continue on another device.',
  'assessment.points.private':
    'Your organisation name is optional and private. Benchmarks only ever show groups of at least five organisations.',
  'assessment.points.report':
    'When you submit, you get a private report link with your scores and maturity stages.',
  'assessment.start': 'Start the assessment',
  'assessment.consent.heading': 'Your answers, and who sees them',
  'assessment.consent.kept':
    'We keep your answers and scores, and a private link to your report that only you hold. The company name you give is shown to no one else.',
  'assessment.consent.benchmark':
    'Your scores join the peer figures everyone compares with, only inside groups of at least five organisations and only as how many are at each stage, never your own numbers.',
  'assessment.consent.research':
    'If you agree, your anonymised answers may also go into data files for researchers: without your name, your link or any date but the half-year, and with rare combinations of industry, size, region and business model blurred so your organisation cannot be picked out.',
  'assessment.consent.choice': 'Researchers may use my anonymised answers (optional)',
  'assessment.consent.decline':
    'Leave it unticked to say no: you still get your full report and still count in the peer figures. You can decide again each time you take the assessment.',
  'assessment.continue': 'Continue where you left off',
  'assessment.continueDetail': 'Saved on this device: page {page} of {pages}, last changed {when}.',
  'assessment.startOver': 'Start over',
  'assessment.confirmStartOver': 'Discard the answers saved on this device and start again?',
  'assessment.confirmStartNew':
    'Start a new assessment? It will become the current one on this device; your earlier report stays listed under "Reports on this device".',
  'assessment.heldHeading': 'Reports on this device',
  'assessment.heldUnnamed': 'Report (no organisation name)',
  'assessment.heldStage': 'stage {stage}',
  'assessment.loading': 'Loading the questionnaire…',
  'assessment.loadFailed':
    'The questionnaire could not be loaded. Check your connection and try again.',
  'assessment.retry': 'Try again',
  'assessment.resumeLoading': 'Opening your saved assessment…',
  'assessment.invitation.notice':
    'You were invited to answer for your organisation. Its industry, size, region and business model were set by the person who invited you, so you are asked only about your own function and seniority. They see your organisation’s combined result and how far its executives agree, never your own answers or score. Your own report stays private to you.',
  'assessment.invitation.invitation_closed':
    'This invitation is closed. Ask the person who sent it whether it can be reopened.',
  'assessment.invitation.invitation_expired':
    'This invitation has expired. Ask the person who sent it for a new link.',
  'assessment.invitation.unknown_invitation':
    'This invitation link does not exist: it may have been replaced. Ask the person who sent it for a new one.',
  'assessment.invitation.unavailable':
    'This invitation could not be checked just now. Reload the page in a minute.',
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
    'Your answers are queued on this device and will be sent automatically: next try in {seconds} s, or as soon as you are back online. You can close this page; they will be sent when you return.',
  'assessment.refused': 'The server did not accept the answers: {message}',
  'assessment.backToAnswers': 'Back to my answers',
  'assessment.submitted': 'Submitted. Opening your report…',
  'assessment.openReport': 'Open your report',
  'assessment.startNew': 'Take the assessment again',
  'assessment.alreadySubmitted': 'You have submitted this assessment on this device.',

  'report.title': 'Your digital CX maturity report',
  'report.lead':
    'Your maturity on six dimensions of digital customer experience, answer by answer against the 2022 Digital CX & Engagement study (n = 106) and against a live pool of peers by segment. Groups of fewer than five organisations are never shown.',
  'report.sharedLead':
    "A read-only report shared by its owner, while the owner keeps the link active: one organisation's maturity on six dimensions of digital customer experience, against the 2022 Digital CX & Engagement study (n = 106) and a live pool of peers by segment.",
  'report.loading': 'Loading your report…',
  'report.notFound': 'No report was found for this link. Check that you copied the whole link.',
  'report.invalidLink':
    'This link is not valid: it was cut short, changed, or never issued by this site. Check that you copied the whole link.',
  'report.noToken': 'This page needs your private report link (it ends with #token=…).',
  'report.failed': 'The report could not be loaded: {message}',
  'report.overall': 'Overall maturity',
  'report.stage': 'Stage {stage} of 5: {name}',
  'report.notScored': 'Not enough answers to score',
  'report.dimension': 'Dimension',
  'report.score': 'Score (0-100)',
  'report.stageColumn': 'Stage',
  'report.keepLink': 'Bookmark this page: the link is the only key to your report.',
  'report.synthetic': 'Synthetic demo data',
  'report.compareWith': 'Compare with',
  'report.any': 'Any',
  'report.attr.industry': 'Industry',
  'report.attr.company_size': 'Company size',
  'report.attr.region': 'Region',
  'report.attr.business_model': 'Business model',
  'report.wholePool': 'All organisations in the live pool',
  'report.wholeDemoPool': 'All organisations in the synthetic demo pool',
  'report.notEnoughPeers':
    'Not enough peers yet ({band}). Statistics are shown only for groups of at least {k} organisations.',
  'report.protected':
    'Hidden, so that a smaller group of organisations cannot be worked out by subtraction.',
  'report.band.fewer_than_k': 'fewer than {k} organisations',
  'report.band.other': '{band} organisations',
  'report.position.top10': 'top tenth of {n} peers',
  'report.position.top25': 'top quarter of {n} peers',
  'report.position.upperHalf': 'upper half of {n} peers',
  'report.position.lowerHalf': 'lower half of {n} peers',
  'report.position.bottom25': 'bottom quarter of {n} peers',
  'report.position.bottom10': 'bottom tenth of {n} peers',
  'report.precision.rough': 'with only {n} peers, this position is rough',
  'report.precision.approximate': 'an approximate position',
  'report.peerPrecision':
    'Peer figures are estimated from how many peers are at each stage. No peer’s score is ever used more precisely than its stage (20 points); your own score is exact.',
  'report.releasedOn': 'released {date}',
  'report.heldBack':
    'Your result joins the peer figures once at least {k} organisations that share each of its groups (industry, size, region, business model) have joined with it, so that no one can single it out. Your own scores above are final.',
  'report.oneAttribute': 'One attribute at a time: choosing one clears the others.',
  'report.brand': 'Digital CX Benchmark',
  'report.heldForReview':
    'Your result is not in the peer figures: our automatic checks set it aside for a review (see the methodology page, "Are the peers real?"). Your own scores above are final.',
  'report.dimensionHidden': 'too few answers to show',
  'report.radar.you': 'Your company',
  'report.radar.peers': 'Peer median',
  'report.radar.description':
    'Radar chart of your six dimension scores against the peer median; the table beside it gives your scores and positions, and the card of each dimension below gives the peer median.',
  'report.priorities': 'Where to start: your priorities',
  'report.priority.target': 'Score {score}: {gap} points below the target of {target}.',
  'report.priority.belowPeers': 'The typical peer scores {median}, {difference} points higher.',
  'report.priority.abovePeers': 'The typical peer scores {median}: you are level with it or ahead.',
  'report.priority.study':
    'In the {year} study (n = {n}), {share}% of companies also struggled here (computed from its answer counts).',
  'report.noPriorities':
    'No dimension falls short of the target of {target}: there is nothing urgent to fix. Protect your strengths.',
  'report.study': 'Your answers against the {year} study (n = {n})',
  'report.study.question': 'Question',
  'report.study.yourAnswer': 'Your answer',
  'report.study.comparison': 'The study',
  'report.share': 'Share this report',
  'report.shareHelp':
    'Anyone with a share link can read this report, not change it. Revoke a link to close it.',
  'report.shareLabel': 'Label (optional)',
  'report.shareExpiry': 'Expires',
  'report.shareNever': 'Never',
  'report.shareDays': 'In {days} days',
  'report.shareCreate': 'Create share link',
  'report.shareRevoke': 'Revoke',
  'report.shareStatus.active': 'Active',
  'report.shareStatus.expired': 'Expired',
  'report.shareStatus.revoked': 'Revoked',
  'report.shareCreated': 'New share link (copy it now: it is shown only once)',
  'report.shareCopy': 'Copy link',
  'report.shareCopied': 'Copied',
  'report.print': 'Print or save as PDF',
  'report.editions':
    'Benchmarks: {study} ({year}, n = {n}); {poolName} of {pool} organisations, released {date}.',
  'report.editionsNoPool':
    'Benchmarks: {study} ({year}, n = {n}); {poolName}: fewer than {k} organisations so far, none released yet.',
  'report.poolName.live': 'live pool',
  'report.peerSource.label': 'Peer figures from',
  'report.peerSource.live': 'the live pool (its latest release)',
  'report.peerSource.edition': 'edition {label} (n = {n}, fieldwork {from} to {to})',
  'report.editionLine': 'edition {label} of {n} organisations, fieldwork {from} to {to}',
  'report.editionsWithEdition':
    'Benchmarks: {study} ({year}, n = {n}); peer figures from the frozen {edition}.',
  'report.latestEdition': 'Latest frozen benchmark: {edition}.',
  'report.fromEdition': 'from edition {label}',
  'report.wholeEdition': 'All organisations in edition {label}',
  'report.poolName.demo': 'synthetic demo pool',
  'report.poolName.bench': 'benchmark test pool',
  'report.cover.date': 'Assessment of {date}',
  'report.cover.versions': 'Survey version {version} · scoring model {model}',
  'report.summary.heading': 'Summary',
  'report.summary.position': '{position} ({group})',
  'report.summary.segmentGroup': '{attribute}: {value}',
  'report.summary.noPosition': 'No position among peers yet: {reason}',
  'report.summary.strongest': 'Strongest dimensions',
  'report.summary.noStrongest': 'Every scored dimension is a priority.',
  'report.summary.dimensionLine': '{dimension}: {score}, stage {stage} ({name})',
  'report.summary.priorityLine': '{dimension}: {score}, {gap} points below the target of {target}',
  'report.summary.studyHeading': 'Against the {year} study (n = {n})',
  'report.summary.studyBehind':
    '{share}% of the {base} study companies it applied to gave a more mature answer than yours to “{question}”.',
  'report.summary.studyAhead':
    'Your answer to “{question}” is more mature than those of {share}% of the {base} study companies it applied to.',
  'report.summary.studyRule':
    'The one answer of yours furthest from the study’s middle, from its answer counts.',
  'report.summary.benchmarks': 'Benchmarks used',
  'report.overview.heading': 'Your profile against peers',
  'report.table.position': 'Among peers',
  'report.dimensions.heading': 'Dimension by dimension',
  'report.card.priority': 'Priority {rank}',
  'report.card.strength': 'Strength to protect',
  'report.card.peers':
    'Peers (n = {n}) by stage 1–5: {stages}; median {median}, middle half {q1}–{q3}, estimated from their stages.',
  'report.card.noPeers': 'No peer figures for this dimension in the chosen group.',
  'report.card.amongPeers': 'Among peers',
  'report.card.amongStudy': 'Among the {year} study’s answers',
  'report.card.studyStanding':
    'percentile {share} among the {year} study’s answers (n = {n}) on {questions} ranked question(s), ties counted half; computed from its answer counts.',
  'report.card.noStudy': 'The {year} study asked no ranked question on this dimension.',
  'report.card.percentile': 'percentile {rank} (95% interval {low}–{high})',
  'report.card.legend.you': 'your score',
  'report.card.legend.median': 'peer median',
  'report.card.legend.band': 'middle half of peers',
  'report.card.recommendations': 'What to do next',
  'report.appendix.heading': 'Appendix',
  'report.appendix.method': 'How the scores are made',
  'report.appendix.methodText':
    'Each answer earns points under scoring model {model}; a dimension’s score is the weighted mean of its answers on a 0–100 scale, and the overall score is the mean of the scored dimensions. Stages are 20-point bands. Priorities weigh each dimension’s gap to the target of {target} by how often the {year} study’s companies were weak there. The full method is on the methodology page of this site.',
  'report.appendix.anonymity': 'How anonymity works',
  'report.appendix.stages': 'The five stages',
  'report.appendix.anonymityText':
    'Peer figures come only from groups of at least {k} organisations, one attribute at a time, and only from how many peers are at each stage, never from their exact scores. New results join in batches of at least {k}. This organisation’s name, answers and link are never shown to anyone else.',
  'report.study.short': '{share}% same',
  'report.study.positionShort': '{above}% higher, {below}% lower',
  'report.study.effortShort': 'ease {yours}/5; study mean {mean}',
  'report.study.effortComputedShort': 'ease {yours}/5; study mean {mean} (computed)',
  'report.study.chosenShort': '{option} {share}%',
  'report.study.multipleShort': 'Study shares of your choices: {choices}',
  'report.study.caption':
    'One line per question or row: your answer; the share of the study’s companies that gave the same; and the shares that gave a more mature (higher) or less mature (lower) one, not-applicable answers left out.',
  'report.sharedTitle': 'Shared digital CX maturity report',
  'report.shareGone': 'This link is no longer available.',
  'report.shareNotFound': 'This link does not exist. Check that you copied the whole link.',
  'report.noShareToken': 'This page needs a share link (it ends with #share=…).',

  'study.title': '{title}',
  'study.pageTitle': 'The {year} study',
  'study.description':
    'Every published answer of the {title} ({year}, n = {n}), the research baseline of this assessment.',
  'study.heading': 'The {year} study: how {n} companies answered',
  'study.intro':
    "{citation} Respondents were CX, marketing, sales, service, design, product, analytics and digital-strategy leaders of companies of all sizes and most major industries. Only the whole sample's answers were published, not breakdowns by industry or size.",
  'study.errataHeading': "Errors in the study's published figures",
  'study.erratumPercent':
    '{question}, "{option}": published as {published}%, which no count near n = {n} gives; {count} of {n} is {computed}%, so the published figure is most likely a transposition. Comparisons use the counts.',
  'study.erratumMean':
    '{question}, "{row}": the study published a mean of {published}; its answer counts, which reproduce every published percentage of this row, give {computed}. Reports show the published figure and note the difference.',
  'study.countsNote':
    "Figures are counts of companies out of each question's n, served from the benchmark database.",
  'study.loading': "Loading the study's figures…",
  'study.failed': "The study's figures could not be loaded: {message}",
  'study.source': 'Source: {title}, {publisher}, fielded {fielded}, n = {n}.',
  'study.allRespondents': 'All respondents',
  'study.caption': '{row} (n = {n})',
  'study.answer': 'Answer',
  'study.companies': 'Companies',
  'study.share': 'Share',

  'notFound.title': 'Page not found',
  'notFound.text': 'This address does not exist.',
  'notFound.home': 'Go to the home page',

  'consultant.title': 'Consultant workspace',
  'consultant.lead':
    "Run the assessment for your client organisations. Several executives of each answer through an invitation link; you see each organisation's combined result and where its executives disagree. There is no account: your workspace is a private link.",
  'consultant.create': 'Create a workspace',
  'consultant.loading': 'Opening the workspace…',
  'consultant.unknown':
    'No workspace for this link: it may have been replaced by a newer link. Open the newest link you saved, or create a new workspace.',
  'consultant.failed': 'That did not work: {reason}',
  'consultant.link.heading': 'Your private workspace link',
  'consultant.link.warning':
    'Anyone with this link can see and change your client organisations and their results. Keep it safe, like a password: keep it in a password manager and never send it to clients. This browser remembers it.',
  'consultant.link.copy': 'Copy the link',
  'consultant.copied': 'Copied',
  'consultant.link.rotate': 'Replace the link',
  'consultant.link.rotateConfirm':
    'Replace the workspace link? The current link stops working at once, on every device. Save the new one.',
  'consultant.link.rotated': 'The link was replaced: the old one no longer works. Save this one.',
  'consultant.organisations.heading': 'Client organisations',
  'consultant.organisations.none': 'No client organisation yet. Add the first one below.',
  'consultant.new.heading': 'Add a client organisation',
  'consultant.new.name': 'Name (seen only in this workspace and on its reports)',
  'consultant.new.segmentHelp':
    'Its segment decides which peers it is compared with. You set it here once, for all its executives; it cannot change after the first answer.',
  'consultant.new.add': 'Add the organisation',
  'consultant.org.counts': 'Invited: {invited} · started: {started} · submitted: {submitted}',
  'consultant.org.notSaid': 'not said',
  'consultant.org.overall': 'Combined overall score {score}, stage {stage}: {name}',
  'consultant.org.noResult': 'No answers submitted yet.',
  'consultant.org.waitingFirst':
    '{n} submitted so far. The first result appears once three have answered, or when you close the invitation.',
  'consultant.org.waiting':
    '{n} later answers wait: answers join the figures three at a time, so no one answer can be read from a change.',
  'consultant.org.lastActivity': 'Last activity {date}',
  'consultant.org.archived': 'Archived',
  'consultant.org.report': 'Open the combined report',
  'consultant.org.combinedVisible': 'Let its executives see the combined report',
  'consultant.org.rename': 'Rename',
  'consultant.org.renamePrompt': 'New name of the organisation',
  'consultant.org.archive': 'Archive',
  'consultant.org.restore': 'Restore',
  'consultant.agreement.aligned': 'executives aligned',
  'consultant.agreement.partlyAligned': 'executives partly aligned',
  'consultant.agreement.divided': 'executives divided',
  'consultant.agreement.pairAligned': 'two executives, aligned',
  'consultant.agreement.pairApart': 'two executives, not aligned',
  'consultant.agreement.none': 'one executive so far',
  'consultant.invitation.heading': 'Invitation',
  'consultant.invitation.status.open': 'Open',
  'consultant.invitation.status.closed': 'Closed',
  'consultant.invitation.status.expired': 'Expired',
  'consultant.invitation.none': 'No invitation link yet.',
  'consultant.invitation.expires': 'expires {date}',
  'consultant.invitation.issue': 'Make an invitation link',
  'consultant.invitation.replace': 'Make a new link (the old one stops working)',
  'consultant.invitation.link': 'Invitation link for {name}',
  'consultant.invitation.help':
    'Send this link to the executives you invite. Each answers privately: you see counts and combined results, never who answered what.',
  'consultant.invitation.notHere':
    'The link is kept only in the browser that made it. To see it here, make a new one; the old one then stops working.',
  'consultant.invitation.close': 'Close the invitation',
  'consultant.invitation.reopen': 'Reopen the invitation',
  'consultant.invitation.expiresLabel': 'Expires on (optional)',
  'consultant.invitation.invitedLabel': 'Executives invited',
  'consultant.invitation.save': 'Save',
  'consultant.brand.heading': 'Your brand on reports',
  'consultant.brand.lead':
    "Your name, logo and colour take the place of ours on your clients' reports, their printouts and share links, and on the invitation page their executives see. Our name stays only in a small “powered by” line.",
  'consultant.brand.name': 'Name (for example, your firm)',
  'consultant.brand.footer': 'Contact line at the foot of each page (optional)',
  'consultant.brand.accent': 'Accent colour',
  'consultant.brand.sample': 'Sample heading',
  'consultant.brand.accentLow':
    'Too light to read as text on white ({ratio}:1; WCAG AA asks for 4.5:1). Choose a darker colour.',
  'consultant.brand.accentFormat': 'Write the colour as #rrggbb.',
  'consultant.brand.logo': 'Logo (PNG, JPEG or WebP, up to 200 KB)',
  'consultant.brand.logoHelp':
    'The file is checked by its content, not its name. SVG is not accepted.',
  'consultant.brand.logo.too_large': 'The logo is larger than 200 KB: make it smaller.',
  'consultant.brand.logo.not_an_image': 'This file is not a PNG, JPEG or WebP image.',
  'consultant.brand.logo.polyglot':
    'This image file also contains web markup: export it again as a plain image.',
  'consultant.brand.logoAlt': 'Your logo',
  'consultant.brand.removeLogo': 'Remove the logo',
  'consultant.brand.save': 'Save the brand',
  'consultant.brand.remove': "Use the product's own brand",
  'consultant.error.accent_low_contrast':
    'This accent colour is too light to read as text on white (WCAG AA asks for 4.5:1): choose a darker one.',
  'consultant.error.logo_too_large': 'The logo is larger than 200 KB: make it smaller.',
  'consultant.error.logo_not_an_image':
    'The logo must be a PNG, JPEG or WebP image (SVG is not accepted).',
  'consultant.error.logo_polyglot':
    'The logo file also contains web markup, so it is refused: export it again as a plain image.',
  'consultant.error.invalid_brand_name': 'The brand name is plain text of 1 to 80 characters.',
  'consultant.error.invalid_brand_footer':
    'The footer line is plain text of at most 200 characters.',
  'consultant.error.round_empty':
    'This round has no answers yet: send its invitation before starting another.',
  'consultant.round.label': 'Round {round}',
  'consultant.round.start': 'Start round {round} (a new invitation link)',
  'consultant.round.confirm':
    'Start round {round}? The current invitation closes and a new link opens; the report keeps round {current} until round {round} has results. If only one or two executives answered round {current} so far, their answers then show as they are.',
  'consultant.portfolio.heading': 'Portfolio',
  'consultant.portfolio.lead':
    'Your clients side by side, each in its latest round with results. Each cell gives the combined score and its stage; the darker the cell, the higher the stage.',
  'consultant.portfolio.none':
    'No client has results yet: a client appears here once three executives have answered, or its invitation is closed.',
  'consultant.portfolio.spread':
    'Your clients are strongest on {strongest} (median {strongestMedian}) and weakest on {weakest} (median {weakestMedian}).',
  'consultant.portfolio.even': "Your clients' medians are all {median}.",
  'consultant.portfolio.caption': 'Clients by dimension: combined score and stage',
  'consultant.portfolio.organisation': 'Client',
  'consultant.portfolio.round': 'Round',
  'consultant.portfolio.executives': 'Executives',
  'consultant.portfolio.overall': 'Overall',
  'consultant.portfolio.agreement': 'Agreement',
  'consultant.portfolio.lastActivity': 'Last activity',
  'consultant.portfolio.cell': '{dimension}: {score}, stage {stage} ({name})',
  'consultant.portfolio.noScore': 'no result yet',
  'consultant.portfolio.moved': '{delta} since round {round}',
  'consultant.portfolio.movement.up': 'up',
  'consultant.portfolio.movement.down': 'down',
  'consultant.portfolio.movement.steady': 'steady',
  'consultant.portfolio.flag.divided': 'divided on {dimensions}',
  'consultant.portfolio.flag.partly': 'partly aligned on {count} of 6 dimensions',
  'consultant.portfolio.flag.aligned': 'aligned',
  'consultant.portfolio.flag.pair': 'two executives; apart on {dimensions}',
  'consultant.portfolio.flag.pairAligned': 'two executives, aligned',
  'consultant.portfolio.flag.none': 'one executive',
  'consultant.portfolio.sortBy': 'Sort by',
  'consultant.portfolio.sort.name': 'Name',
  'consultant.portfolio.sort.overall': 'Overall score',
  'consultant.portfolio.sort.stage': 'Stage',
  'consultant.portfolio.sort.lastActivity': 'Last activity',
  'consultant.portfolio.direction.asc': 'ascending',
  'consultant.portfolio.direction.desc': 'descending',
  'consultant.portfolio.direction': 'Order',
  'consultant.portfolio.filterSegment': 'Segment',
  'consultant.portfolio.filterStage': 'Overall stage',
  'consultant.portfolio.all': 'All',
  'consultant.portfolio.noStage': 'No result yet',
  'consultant.portfolio.shown': 'Showing {shown} of {total} clients.',
  'consultant.portfolio.archived': '(archived)',
  'consultant.portfolio.csv': 'Download the portfolio (CSV)',
  'consultant.portfolio.distributionHeading': 'Your portfolio beside the live pool and the study',
  'consultant.portfolio.distributionLead':
    'Per dimension: your clients’ results (not archived, {n} with results), the live pool’s released figures, and where your clients’ answers stand among the answers of the {study} ({year}, n = {studyN}).',
  'consultant.portfolio.distributionCaption':
    'Portfolio, live pool and {year} study, per dimension',
  'consultant.portfolio.dimension': 'Dimension',
  'consultant.portfolio.yourClients': 'Your clients',
  'consultant.portfolio.livePool': 'Live pool, released {date} (n = {n})',
  'consultant.portfolio.livePoolHidden':
    'Live pool: not released yet (fewer than {k} organisations)',
  'consultant.portfolio.studyColumn': '{year} study (n = {n})',
  'consultant.portfolio.figures': 'median {median}; middle half {q1}–{q3}',
  'consultant.portfolio.stages': 'stages 1–5: {counts}',
  'consultant.portfolio.studyStanding':
    "answers more mature than {percent}% of the study's (ties count half; computed from its answer counts)",
  'consultant.portfolio.studyNone': 'the study asked no ranked question here',
  'consultant.portfolio.studyFew': 'needs a client of three or more executives',
  'consultant.portfolio.notScored': 'no result',
  'consultant.portfolio.csvName': 'Name',
  'consultant.portfolio.csvRespondents': 'Executives',
  'consultant.portfolio.csvOverallScore': 'Overall score',
  'consultant.portfolio.csvOverallStage': 'Overall stage',
  'consultant.portfolio.csvLastActivity': 'Last activity',
  'report.round.heading': 'Change since round {round}',
  'report.round.lead':
    'Round {current} ({now} executives) beside round {previous} ({before} executives). A change under {steady} points within the same stage is called steady: a convention that keeps a wobble of a point or two from reading as movement, not a test of significance; the change itself is always shown.',
  'report.round.caption': 'Combined score per dimension, round {previous} and round {current}',
  'report.round.dimension': 'Dimension',
  'report.round.before': 'Round {round}',
  'report.round.after': 'Round {round}',
  'report.round.change': 'Change',
  'report.round.agreement': 'Agreement (round {previous} → {current})',
  'report.round.missing': 'not compared',
  'report.round.movement.up': 'up',
  'report.round.movement.down': 'down',
  'report.round.movement.steady': 'steady',
  'report.round.current':
    'These figures are of round {round}. Round {current} is under way: {waiting} answers so far.',
  'report.poweredBy': 'Powered by {product}',
  'assessment.invitation.from': '{brand} invites you to this assessment.',
  'report.organisation.title': 'Combined report',
  'report.organisation.respondents': 'Combined result of {n} executives',
  'report.organisation.noFigures':
    'No combined figures yet: {n} answers submitted. The first figures appear once three executives have answered, or when the consultant closes the invitation.',
  'report.organisation.waiting':
    '{n} later answers are not in these figures yet: answers join three at a time, so that no one answer can be read from a change.',
  'report.organisation.noToken':
    'This address has no workspace key or organisation in it. Open the report from your workspace.',
  'report.agreement.heading': 'Where the executives agree',
  'report.agreement.lead':
    "The combined score is the mean of the executives' scores. Their agreement in each dimension is the average distance of their scores from that mean (AD_M, in points): aligned up to 16.7 points (Burke and Dunlap's c/6 carried over to five 20-point stages), partly aligned up to 25, divided beyond.",
  'report.agreement.privacy':
    'No answer or score is ever shown for a person or a role. Spreads appear from three executives; with two, only whether they are aligned; the answer counts appear from three. The executives can open this combined report only from three. New answers join the figures three at a time (the first one or two only when the invitation is closed), so comparing the report before and after one more answer reveals nothing.',
  'report.agreement.caption': 'Agreement of the executives, per dimension',
  'report.agreement.dimension': 'Dimension',
  'report.agreement.agreement': 'Agreement',
  'report.agreement.range': 'Lowest to highest',
  'report.agreement.adm': 'AD_M (points)',
  'report.agreement.label.aligned': 'Aligned',
  'report.agreement.label.partlyAligned': 'Partly aligned',
  'report.agreement.label.divided': 'Divided',
  'report.agreement.pairAligned': 'Aligned (two executives: no spread shown)',
  'report.agreement.pairApart': 'Not aligned (two executives: no spread shown)',
  'report.agreement.none': 'One executive: nothing to compare',
  'report.agreement.disagreements': 'The biggest disagreements',
  'report.agreement.disagreementsLead':
    "The ranked questions where the executives' answers lie furthest apart, as answer counts (least mature option first).",
  'report.agreement.noDisagreements':
    'On every ranked question the executives gave the same answer.',
  'report.agreement.fewForCounts': 'Answer counts appear once three executives have answered.',
  'report.agreement.count': '{option}: {count}',
  'report.combined.link':
    "Your organisation's combined report: all its executives, and where they agree",
  'integrity.rateLimited':
    'Many assessments have been sent from this connection in the last hour, so the server asks us to wait. Your answers are kept on this device and will be sent automatically in about {minutes} min; you can close this page and come back.',
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
  'nav.research': '연구',
  'research.title': '연구용 벤치마크 에디션',
  'research.lead':
    '라이브 벤치마크를 고정해 인용할 수 있게 만든 에디션입니다. 각 에디션의 수치, n, 조사 기간은 바뀌지 않으므로, 보고서나 논문이 무엇과 비교했는지 정확히 밝힐 수 있습니다.',
  'research.editionsHeading': '에디션',
  'research.editionsLead':
    '에디션은 바뀌지 않으며, 수정은 새 에디션으로 냅니다. 각 에디션에는 n, 조사 기간, 익명성 기준 k, 내용의 SHA-256이 표시됩니다. 운영자가 데이터 패키지를 공개한 에디션은 여기서 내려받을 수 있고, 그 밖에는 요청하면 운영자가 내보내 드립니다.',
  'research.loading': '에디션을 불러오는 중…',
  'research.none': '아직 고정된 에디션이 없습니다.',
  'research.failed': '에디션을 불러오지 못했습니다: {reason}',
  'research.edition': '에디션 {label}',
  'research.facts': 'n = {n}개 조직, 조사 기간 {from} ~ {to}, k = {k}, {frozen} 고정.',
  'research.versions': '설문 버전 {survey}, 채점 모델 {models}.',
  'research.citeAs': '인용 형식:',
  'research.citationTitle':
    'Digital CX Benchmark, 에디션 {label} (조사 기간 {from} ~ {to}, n = {n})',
  'research.dataset': '[데이터 세트]',
  'research.download': '에디션 {label} 데이터 패키지 내려받기 (zip)',
  'research.private':
    '이 에디션의 데이터 패키지는 공개되어 있지 않습니다. 운영자에게 내보내기를 요청하세요.',
  'research.dataDigest': 'data.csv SHA-256(모든 다운로드에서 동일): {sha}',
  'research.packageHeading': '데이터 패키지 구성',
  'research.package.data':
    'data.csv: 조직마다 한 행(종합 결과), 문항 코드, 영역별 점수와 단계, 무작위 행 ID, 조사 반기.',
  'research.package.schema':
    'datapackage.json: Frictionless Data Package. Table Schema에 유형, 값 레이블, 결측값과 영어·한국어 설명이 들어 있습니다.',
  'research.package.codebook':
    'codebook.md: 모든 변수와 영어·한국어 문항, 코드, 채점 방식, 그리고 가려진 값의 수.',
  'research.package.scripts':
    '값 레이블을 적용하는 읽기 스크립트: R(readr), Python(pandas), SPSS 구문, Stata do 파일.',
  'research.package.aggregates': '업종, 규모, 지역, 사업 모델별 집계표(같은 방식으로 가림 처리).',
  'research.package.citation': '인용 형식과 이용 조건이 담긴 README.md, 그리고 CITATION.cff.',
  'research.protectHeading': '조직을 보호하는 방법',
  'research.protect.consent': '응답할 때 연구 활용에 동의한 조직만 포함합니다.',
  'research.protect.identifiers':
    '토큰, ID, 이름, 시각, 자유 서술 응답은 없으며, 날짜는 조사 반기뿐입니다.',
  'research.protect.k':
    '업종, 규모, 지역, 사업 모델은 묶은 뒤 필요한 곳을 비워, 파일 안의 네 항목 조합마다(빈칸도 하나의 값으로 셈) 최소 k개 행이 있게 합니다.',
  'research.protect.clients':
    '임원 여러 명이 응답한 조직은 종합 점수만 포함하며, 임원 개인의 응답은 들어가지 않습니다.',
  'research.protect.pools': '데모 풀과 벤치마크 테스트 풀은 포함하지 않습니다.',
  'research.protect.heldBack':
    '모든 집단에서, 에디션에는 있지만 파일에서는 그 집단 값으로 나오지 않는 조직(동의하지 않았거나 값이 가려진 조직)의 수는 0이거나 k 이상입니다. 몇 곳뿐인 경우에는 몇 곳을 더 무작위로 제외해, 에디션 수치에서 파일을 빼도 누구도 드러나지 않게 합니다.',
  'research.protect.onePackage':
    '한 조직은 한 에디션의 패키지에만 들어갑니다(동의한 상태로 그 조직을 처음 담은 에디션). 그래서 패키지끼리 같은 행이 없고, 중복 없이 합칠 수 있으며, 서로 연결해 가려진 값을 되살릴 수도 없습니다.',
  'research.protect.frozen':
    '행은 에디션을 고정할 때 그 시점의 동의 상태로 정해집니다. 같은 에디션은 언제 내려받아도 같은 data.csv이며, 그 SHA-256을 에디션과 함께 표시합니다.',
  'research.terms':
    '데이터는 연구, 교육, 통계 목적으로 사용하고, 조직이나 개인을 식별하려 하지 말며, 사용한 에디션을 인용하세요.',
  'lang.switch': 'English',
  'footer.citation':
    '벤치마크는 디지털 CX 및 인게이지먼트 시장 조사(CCW Digital / Customer Engagement Insider, 2022년 3월 실시, n = 106)를 인용합니다.',

  'home.title': '귀사의 디지털 고객 경험은 얼마나 성숙했습니까?',
  'home.lead':
    '경영진을 위한 {minutes}분 진단입니다. 디지털 고객 경험의 6개 영역에서 귀사의 점수를 산출하고, 모든 응답을 2022년 디지털 CX 및 인게이지먼트 시장 조사({n}개 기업) 및 같은 업종·규모·지역의 익명 동종 기업 풀과 비교합니다.',
  'home.start': '진단 시작하기',
  'home.dimensions': '6개 진단 영역',
  'home.benchmarks': '신뢰할 수 있는 벤치마크',
  'home.benchmarksText':
    '모든 비교에는 출처를 밝힙니다. 공개된 조사는 항상 조사 연도와 표본 수를 함께 표시하며, 실시간 풀은 5개 이상 기업으로 구성된 그룹만 보여 주므로 특정 기업이 드러나지 않습니다.',
  'home.studyLink': '2022년 조사 응답 보기',

  'assessment.title': '디지털 CX 성숙도 진단',
  'assessment.lead':
    '약 {minutes}분이 소요됩니다(문항을 읽고 답하는 시간으로 추정). 회사 프로필과 디지털 고객 경험의 6개 영역별 질문으로 구성된 7개의 짧은 페이지입니다.',
  'assessment.points.saved':
    '모든 응답은 입력하는 즉시 이 기기에 저장되며, 페이지를 넘길 때마다 서버에도 저장되어 다른 기기에서 이어서 진행할 수 있습니다.',
  'assessment.points.private':
    '회사명 입력은 선택 사항이며 공개되지 않습니다. 벤치마크는 5개 이상 기업이 모인 그룹만 보여 줍니다.',
  'assessment.points.report':
    '제출하면 점수와 성숙도 단계가 담긴 비공개 보고서 링크를 받게 됩니다.',
  'assessment.start': '진단 시작하기',
  'assessment.consent.heading': '응답의 보관과 공개 범위',
  'assessment.consent.kept':
    '응답과 점수, 그리고 귀하만 가진 보고서 비공개 링크를 보관합니다. 입력한 회사 이름은 다른 누구에게도 보이지 않습니다.',
  'assessment.consent.benchmark':
    '점수는 모두가 비교하는 동종 기업 수치에 더해집니다. 5개 이상 조직의 그룹 안에서, 단계별 조직 수로만 반영되며 귀하의 점수 자체는 드러나지 않습니다.',
  'assessment.consent.research':
    '동의하시면 익명 처리된 응답이 연구자를 위한 데이터 파일에도 들어갈 수 있습니다. 이름, 링크, 날짜(반기만 남음)는 빠지며, 업종·규모·지역·사업 모델의 드문 조합은 흐리게 처리해 귀사를 특정할 수 없게 합니다.',
  'assessment.consent.choice': '연구자가 익명 처리된 제 응답을 사용해도 됩니다 (선택)',
  'assessment.consent.decline':
    '체크하지 않으면 동의하지 않는 것입니다. 그래도 전체 보고서를 받고 동종 기업 수치에도 반영됩니다. 진단할 때마다 다시 정할 수 있습니다.',
  'assessment.continue': '이어서 진행하기',
  'assessment.continueDetail':
    '이 기기에 저장됨: 전체 {pages}페이지 중 {page}페이지, 마지막 수정 {when}.',
  'assessment.startOver': '처음부터 다시 하기',
  'assessment.confirmStartOver': '이 기기에 저장된 응답을 지우고 처음부터 다시 시작할까요?',
  'assessment.confirmStartNew':
    '새 진단을 시작할까요? 새 진단이 이 기기의 현재 진단이 되며, 이전 보고서는 "이 기기의 보고서" 목록에 남습니다.',
  'assessment.heldHeading': '이 기기의 보고서',
  'assessment.heldUnnamed': '보고서(기업명 없음)',
  'assessment.heldStage': '{stage}단계',
  'assessment.loading': '설문을 불러오는 중입니다…',
  'assessment.loadFailed':
    '설문을 불러오지 못했습니다. 연결 상태를 확인한 뒤 다시 시도해 주십시오.',
  'assessment.retry': '다시 시도',
  'assessment.resumeLoading': '저장된 진단을 여는 중입니다…',
  'assessment.invitation.notice':
    '소속 조직을 대표해 응답하도록 초대받으셨습니다. 조직의 업종, 규모, 지역, 사업 모델은 초대한 분이 이미 정해 두었으므로 귀하의 직무와 직급만 묻습니다. 초대한 분은 조직의 종합 결과와 임원들 사이의 의견 일치 정도만 볼 수 있으며, 귀하 개인의 응답이나 점수는 볼 수 없습니다. 귀하의 개인 보고서는 귀하만 볼 수 있습니다.',
  'assessment.invitation.invitation_closed':
    '이 초대는 마감되었습니다. 다시 열 수 있는지 초대를 보낸 분께 문의해 주세요.',
  'assessment.invitation.invitation_expired':
    '이 초대는 기한이 지났습니다. 초대를 보낸 분께 새 링크를 요청해 주세요.',
  'assessment.invitation.unknown_invitation':
    '존재하지 않는 초대 링크입니다. 새 링크로 바뀌었을 수 있으니 초대를 보낸 분께 문의해 주세요.',
  'assessment.invitation.unavailable':
    '지금은 초대를 확인할 수 없습니다. 잠시 후 페이지를 새로 고쳐 주세요.',
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
    '응답이 이 기기에 대기 중이며 자동으로 전송됩니다. {seconds}초 후 또는 온라인에 다시 연결되는 즉시 다시 시도합니다. 이 페이지를 닫아도 다시 방문하면 전송됩니다.',
  'assessment.refused': '서버가 응답을 받아들이지 않았습니다: {message}',
  'assessment.backToAnswers': '응답으로 돌아가기',
  'assessment.submitted': '제출되었습니다. 보고서를 여는 중입니다…',
  'assessment.openReport': '보고서 열기',
  'assessment.startNew': '진단 다시 하기',
  'assessment.alreadySubmitted': '이 기기에서 이미 진단을 제출하셨습니다.',

  'report.title': '디지털 CX 성숙도 보고서',
  'report.lead':
    '디지털 고객 경험 6개 영역의 성숙도를 2022년 디지털 CX 및 인게이지먼트 시장 조사(n = 106)와 응답별로 비교하고, 세그먼트별 실시간 동종 기업 풀과도 비교합니다. 5개 미만 기업으로 이루어진 그룹은 표시하지 않습니다.',
  'report.sharedLead':
    '소유자가 공유한 읽기 전용 보고서로, 소유자가 링크를 유지하는 동안 볼 수 있습니다. 한 기업의 디지털 고객 경험 6개 영역 성숙도를 2022년 디지털 CX 및 인게이지먼트 시장 조사(n = 106) 및 세그먼트별 실시간 동종 기업 풀과 비교합니다.',
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
  'report.keepLink': '이 페이지를 북마크해 두십시오. 이 링크가 보고서를 여는 유일한 열쇠입니다.',
  'report.synthetic': '합성 데모 데이터',
  'report.compareWith': '비교 대상',
  'report.any': '전체',
  'report.attr.industry': '업종',
  'report.attr.company_size': '기업 규모',
  'report.attr.region': '지역',
  'report.attr.business_model': '사업 모델',
  'report.wholePool': '실시간 풀의 전체 기업',
  'report.wholeDemoPool': '합성 데모 풀의 전체 기업',
  'report.notEnoughPeers':
    '아직 비교할 기업이 충분하지 않습니다({band}). 통계는 {k}개 이상 기업으로 이루어진 그룹에만 표시됩니다.',
  'report.protected': '더 작은 기업 그룹이 차감 계산으로 드러나지 않도록 숨겼습니다.',
  'report.band.fewer_than_k': '{k}개 미만 기업',
  'report.band.other': '{band}개 기업',
  'report.position.top10': '동종 기업 {n}곳 중 상위 10%',
  'report.position.top25': '동종 기업 {n}곳 중 상위 25%',
  'report.position.upperHalf': '동종 기업 {n}곳 중 상위 절반',
  'report.position.lowerHalf': '동종 기업 {n}곳 중 하위 절반',
  'report.position.bottom25': '동종 기업 {n}곳 중 하위 25%',
  'report.position.bottom10': '동종 기업 {n}곳 중 하위 10%',
  'report.precision.rough': '비교 대상이 {n}곳뿐이어서 이 위치는 대략적입니다',
  'report.precision.approximate': '대략적인 위치입니다',
  'report.peerPrecision':
    '동종 기업 수치는 각 단계에 속한 기업 수로 추정합니다. 어떤 기업의 점수도 해당 단계(20점 구간)보다 정밀하게 쓰이지 않으며, 귀사의 점수는 정확한 값입니다.',
  'report.releasedOn': '{date} 공개',
  'report.heldBack':
    '귀사의 결과는 같은 그룹(산업, 규모, 지역, 비즈니스 모델)을 공유하는 기업이 각각 {k}곳 이상 함께 참여한 뒤에 동종 기업 수치에 반영됩니다. 누구도 귀사를 특정할 수 없도록 하기 위함이며, 위의 귀사 점수는 확정된 값입니다.',
  'report.oneAttribute': '한 번에 하나의 속성만 선택합니다. 하나를 고르면 나머지는 해제됩니다.',
  'report.brand': '디지털 CX 벤치마크',
  'report.heldForReview':
    '귀사의 결과는 동종 기업 수치에 포함되지 않았습니다. 자동 점검에서 검토 대상으로 분류되었습니다(방법론 페이지의 "비교 대상은 실제 기업인가요?" 참조). 위의 귀사 점수는 확정된 값입니다.',
  'report.dimensionHidden': '표시할 응답이 부족합니다',
  'report.radar.you': '귀사',
  'report.radar.peers': '동종 기업 중앙값',
  'report.radar.description':
    '여섯 영역의 귀사 점수를 동종 기업 중앙값과 비교한 레이더 차트입니다. 옆의 표에 귀사 점수와 위치가, 아래 영역별 카드에 동종 기업 중앙값이 있습니다.',
  'report.priorities': '우선 과제',
  'report.priority.target': '{score}점: 목표 {target}점보다 {gap}점 낮습니다.',
  'report.priority.belowPeers':
    '일반적인 동종 기업(중앙값)은 {median}점으로 {difference}점 높습니다.',
  'report.priority.abovePeers':
    '일반적인 동종 기업(중앙값)은 {median}점으로, 귀사가 같거나 앞서 있습니다.',
  'report.priority.study':
    '{year}년 조사(n = {n})에서도 기업의 {share}%가 이 영역에서 어려움을 겪었습니다(응답 수에서 계산).',
  'report.noPriorities':
    '목표 {target}점에 못 미치는 영역이 없어 시급히 보완할 과제는 없습니다. 강점을 지켜 나가십시오.',
  'report.study': '{year}년 조사(n = {n})와 비교한 응답',
  'report.study.question': '질문',
  'report.study.yourAnswer': '귀사의 응답',
  'report.study.comparison': '조사 결과',
  'report.share': '보고서 공유',
  'report.shareHelp':
    '공유 링크가 있으면 누구나 이 보고서를 읽을 수 있지만 수정할 수는 없습니다. 링크를 폐기하면 더 이상 열리지 않습니다.',
  'report.shareLabel': '이름(선택)',
  'report.shareExpiry': '만료',
  'report.shareNever': '만료 없음',
  'report.shareDays': '{days}일 후',
  'report.shareCreate': '공유 링크 만들기',
  'report.shareRevoke': '폐기',
  'report.shareStatus.active': '사용 중',
  'report.shareStatus.expired': '만료됨',
  'report.shareStatus.revoked': '폐기됨',
  'report.shareCreated': '새 공유 링크(지금 복사하십시오. 한 번만 표시됩니다)',
  'report.shareCopy': '링크 복사',
  'report.shareCopied': '복사됨',
  'report.print': '인쇄 또는 PDF로 저장',
  'report.editions': '벤치마크: {study}({year}, n = {n}), {poolName} {pool}개 기업, {date} 공개.',
  'report.editionsNoPool':
    '벤치마크: {study}({year}, n = {n}), {poolName}: 아직 {k}개 미만 기업이어서 공개된 수치가 없습니다.',
  'report.poolName.live': '실시간 풀',
  'report.peerSource.label': '동종 기업 수치 기준',
  'report.peerSource.live': '실시간 풀 (최근 공개)',
  'report.peerSource.edition': '에디션 {label} (n = {n}, 조사 기간 {from} ~ {to})',
  'report.editionLine': '에디션 {label}, {n}개 조직, 조사 기간 {from} ~ {to}',
  'report.editionsWithEdition':
    '벤치마크: {study}({year}, n = {n}), 동종 기업 수치는 고정된 {edition} 기준.',
  'report.latestEdition': '최근 고정 벤치마크: {edition}.',
  'report.fromEdition': '에디션 {label} 기준',
  'report.wholeEdition': '에디션 {label}의 모든 조직',
  'report.poolName.demo': '합성 데모 풀',
  'report.poolName.bench': '벤치마크 테스트 풀',
  'report.cover.date': '{date} 진단',
  'report.cover.versions': '설문 버전 {version} · 채점 모델 {model}',
  'report.summary.heading': '요약',
  'report.summary.position': '{position} ({group})',
  'report.summary.segmentGroup': '{attribute}: {value}',
  'report.summary.noPosition': '아직 동종 기업 대비 위치가 없습니다: {reason}',
  'report.summary.strongest': '강점 영역',
  'report.summary.noStrongest': '점수가 산출된 모든 영역이 우선 과제입니다.',
  'report.summary.dimensionLine': '{dimension}: {score}점, {stage}단계({name})',
  'report.summary.priorityLine': '{dimension}: {score}점, 목표 {target}점보다 {gap}점 낮음',
  'report.summary.studyHeading': '{year}년 조사(n = {n}) 대비',
  'report.summary.studyBehind':
    '이 질문이 적용된 조사 기업 {base}곳 중 {share}%가 “{question}”에 귀사보다 성숙한 응답을 했습니다.',
  'report.summary.studyAhead':
    '“{question}”에 대한 귀사의 응답은 이 질문이 적용된 조사 기업 {base}곳 중 {share}%의 응답보다 성숙합니다.',
  'report.summary.studyRule':
    '귀사의 응답 중 조사의 중간에서 가장 먼 응답입니다(응답 수에서 계산).',
  'report.summary.benchmarks': '사용한 벤치마크',
  'report.overview.heading': '동종 기업 대비 프로필',
  'report.table.position': '동종 기업 중 위치',
  'report.dimensions.heading': '영역별 상세',
  'report.card.priority': '우선 과제 {rank}',
  'report.card.strength': '지켜야 할 강점',
  'report.card.peers':
    '동종 기업(n = {n}) 단계별(1–5): {stages}. 중앙값 {median}점, 중간 50% {q1}–{q3}점(단계별 분포에서 추정).',
  'report.card.noPeers': '선택한 그룹에는 이 영역의 동종 기업 수치가 없습니다.',
  'report.card.amongPeers': '동종 기업 중',
  'report.card.amongStudy': '{year}년 조사 응답 중',
  'report.card.studyStanding':
    '{questions}개 순위형 질문에서 {year}년 조사(n = {n}) 응답 중 백분위 {share}(같은 응답은 절반으로 계산, 응답 수에서 계산).',
  'report.card.noStudy': '{year}년 조사에는 이 영역의 순위형 질문이 없었습니다.',
  'report.card.percentile': '백분위 {rank}(95% 구간 {low}–{high})',
  'report.card.legend.you': '귀사 점수',
  'report.card.legend.median': '동종 기업 중앙값',
  'report.card.legend.band': '동종 기업 중간 50%',
  'report.card.recommendations': '다음 단계',
  'report.appendix.heading': '부록',
  'report.appendix.method': '점수 산출 방법',
  'report.appendix.methodText':
    '각 응답은 채점 모델 {model}에 따라 점수를 받습니다. 영역 점수는 해당 응답의 0–100점 가중 평균이고, 종합 점수는 점수가 산출된 영역의 평균입니다. 단계는 20점 구간입니다. 우선 과제는 각 영역과 목표 {target}점의 차이에 {year}년 조사 기업이 그 영역에서 약점을 보인 비율을 곱해 정합니다. 전체 방법은 이 사이트의 방법론 페이지에 있습니다.',
  'report.appendix.anonymity': '익명성 보호 방법',
  'report.appendix.stages': '다섯 단계',
  'report.appendix.anonymityText':
    '동종 기업 수치는 {k}개 이상 기업으로 이루어진 그룹에서, 한 번에 한 가지 속성으로만, 각 단계에 속한 기업 수로만 계산하며 개별 기업의 정확한 점수는 쓰지 않습니다. 새 결과는 {k}개 이상이 모여야 함께 반영됩니다. 이 기업의 이름, 응답, 링크는 다른 누구에게도 보이지 않습니다.',
  'report.study.short': '같은 응답 {share}%',
  'report.study.positionShort': '더 성숙 {above}%, 덜 성숙 {below}%',
  'report.study.effortShort': '용이성 {yours}/5, 조사 평균 {mean}',
  'report.study.effortComputedShort': '용이성 {yours}/5, 조사 평균 {mean}(계산값)',
  'report.study.chosenShort': '{option} {share}%',
  'report.study.multipleShort': '귀사 선택 항목의 조사 비율: {choices}',
  'report.study.caption':
    '질문 또는 행마다 한 줄: 귀사의 응답, 같은 응답을 한 조사 기업의 비율, 더 성숙한(높음) 또는 덜 성숙한(낮음) 응답의 비율(해당 없음 응답 제외).',
  'report.sharedTitle': '공유된 디지털 CX 성숙도 보고서',
  'report.shareGone': '이 링크는 더 이상 사용할 수 없습니다.',
  'report.invalidLink':
    '유효하지 않은 링크입니다. 링크가 잘렸거나 변경되었거나 이 사이트에서 발급한 링크가 아닙니다. 링크 전체를 복사했는지 확인해 주십시오.',
  'report.shareNotFound': '존재하지 않는 링크입니다. 링크 전체를 복사했는지 확인해 주십시오.',
  'report.noShareToken': '이 페이지는 공유 링크(#share=…으로 끝남)로 열어야 합니다.',

  'study.title': '디지털 CX 및 인게이지먼트 시장 조사({title})',
  'study.pageTitle': '{year}년 조사',
  'study.description': '이 진단의 연구 기준인 {title}({year}년, n = {n})의 공개 응답 전체입니다.',
  'study.heading': '{year}년 조사: {n}개 기업의 응답',
  'study.intro':
    '응답자는 모든 규모의 기업과 대부분의 주요 산업에 걸친 CX, 마케팅, 영업, 서비스, 디자인, 제품, 분석, 디지털 전략 분야의 리더입니다. 업종별·규모별 분석 없이 전체 표본의 응답만 공개되었습니다. 원문 서지: {citation}',
  'study.errataHeading': '조사가 발표한 수치의 오류',
  'study.erratumPercent':
    '{question}, "{option}": {published}%로 발표되었으나 n = {n} 근처의 어떤 응답 수로도 이 값이 나오지 않습니다. {n}개 중 {count}개는 {computed}%이므로, 발표 수치는 자리가 바뀐 오기일 가능성이 큽니다. 비교에는 응답 수를 씁니다.',
  'study.erratumMean':
    '{question}, "{row}": 조사는 평균 {published}을 발표했으나, 이 행의 발표 비율을 모두 재현하는 응답 수로 계산하면 {computed}입니다. 보고서는 발표 수치를 표시하고 차이를 밝힙니다.',
  'study.countsNote':
    '수치는 질문별 n 가운데 해당 응답을 한 기업의 수이며, 벤치마크 데이터베이스에서 가져옵니다.',
  'study.loading': '조사 수치를 불러오는 중입니다…',
  'study.failed': '조사 수치를 불러오지 못했습니다: {message}',
  'study.source': '출처: {title}, {publisher}, {fielded} 실시, n = {n}.',
  'study.allRespondents': '전체 응답자',
  'study.caption': '{row}(n = {n})',
  'study.answer': '응답',
  'study.companies': '기업 수',
  'study.share': '비율',

  'notFound.title': '페이지를 찾을 수 없습니다',
  'notFound.text': '존재하지 않는 주소입니다.',
  'notFound.home': '홈으로 가기',

  'consultant.title': '컨설턴트 작업 공간',
  'consultant.lead':
    '고객 조직별로 진단을 운영하세요. 각 조직의 여러 임원이 초대 링크로 응답하고, 컨설턴트는 조직별 종합 결과와 임원들의 의견이 갈리는 지점을 봅니다. 계정은 없으며, 작업 공간은 비공개 링크입니다.',
  'consultant.create': '작업 공간 만들기',
  'consultant.loading': '작업 공간을 여는 중…',
  'consultant.unknown':
    '이 링크의 작업 공간이 없습니다. 새 링크로 바뀌었을 수 있습니다. 저장해 둔 최신 링크를 열거나 새 작업 공간을 만드세요.',
  'consultant.failed': '처리하지 못했습니다: {reason}',
  'consultant.link.heading': '비공개 작업 공간 링크',
  'consultant.link.warning':
    '이 링크가 있으면 누구나 고객 조직과 그 결과를 보고 바꿀 수 있습니다. 비밀번호처럼 안전하게 보관하세요. 비밀번호 관리자에 저장하고 고객에게 보내지 마세요. 이 브라우저는 링크를 기억합니다.',
  'consultant.link.copy': '링크 복사',
  'consultant.copied': '복사됨',
  'consultant.link.rotate': '링크 바꾸기',
  'consultant.link.rotateConfirm':
    '작업 공간 링크를 바꿀까요? 지금 링크는 모든 기기에서 즉시 쓸 수 없게 됩니다. 새 링크를 저장하세요.',
  'consultant.link.rotated':
    '링크를 바꿨습니다. 이전 링크는 더 이상 쓸 수 없습니다. 이 링크를 저장하세요.',
  'consultant.organisations.heading': '고객 조직',
  'consultant.organisations.none': '아직 고객 조직이 없습니다. 아래에서 첫 조직을 추가하세요.',
  'consultant.new.heading': '고객 조직 추가',
  'consultant.new.name': '이름 (이 작업 공간과 그 보고서에서만 보입니다)',
  'consultant.new.segmentHelp':
    '세그먼트에 따라 비교할 동종 집단이 정해집니다. 모든 임원을 대신해 여기서 한 번 정하며, 첫 응답 이후에는 바꿀 수 없습니다.',
  'consultant.new.add': '조직 추가',
  'consultant.org.counts': '초대: {invited} · 시작: {started} · 제출: {submitted}',
  'consultant.org.notSaid': '미입력',
  'consultant.org.overall': '종합 점수 {score}, {stage}단계: {name}',
  'consultant.org.noResult': '아직 제출된 응답이 없습니다.',
  'consultant.org.waitingFirst':
    '지금까지 {n}명이 제출했습니다. 첫 결과는 3명이 응답하거나 초대를 마감하면 나타납니다.',
  'consultant.org.waiting':
    '이후 응답 {n}건이 대기 중입니다. 응답은 세 건씩 결과에 더해지므로, 결과의 변화에서 한 사람의 응답을 읽어낼 수 없습니다.',
  'consultant.org.lastActivity': '최근 활동 {date}',
  'consultant.org.archived': '보관됨',
  'consultant.org.report': '종합 보고서 열기',
  'consultant.org.combinedVisible': '이 조직의 임원들이 종합 보고서를 볼 수 있게 하기',
  'consultant.org.rename': '이름 바꾸기',
  'consultant.org.renamePrompt': '조직의 새 이름',
  'consultant.org.archive': '보관',
  'consultant.org.restore': '복원',
  'consultant.agreement.aligned': '임원 의견 일치',
  'consultant.agreement.partlyAligned': '임원 의견 부분 일치',
  'consultant.agreement.divided': '임원 의견 갈림',
  'consultant.agreement.pairAligned': '임원 두 명, 의견 일치',
  'consultant.agreement.pairApart': '임원 두 명, 의견 불일치',
  'consultant.agreement.none': '지금까지 임원 한 명',
  'consultant.invitation.heading': '초대',
  'consultant.invitation.status.open': '열림',
  'consultant.invitation.status.closed': '마감',
  'consultant.invitation.status.expired': '기한 지남',
  'consultant.invitation.none': '아직 초대 링크가 없습니다.',
  'consultant.invitation.expires': '{date} 마감',
  'consultant.invitation.issue': '초대 링크 만들기',
  'consultant.invitation.replace': '새 링크 만들기 (이전 링크는 쓸 수 없게 됨)',
  'consultant.invitation.link': '{name} 초대 링크',
  'consultant.invitation.help':
    '초대할 임원들에게 이 링크를 보내세요. 각자 비공개로 응답하며, 컨설턴트는 인원수와 종합 결과만 보고 누가 무엇을 답했는지는 보지 않습니다.',
  'consultant.invitation.notHere':
    '링크는 그것을 만든 브라우저에만 보관됩니다. 여기서 보려면 새 링크를 만드세요. 그러면 이전 링크는 쓸 수 없게 됩니다.',
  'consultant.invitation.close': '초대 마감',
  'consultant.invitation.reopen': '초대 다시 열기',
  'consultant.invitation.expiresLabel': '마감일 (선택)',
  'consultant.invitation.invitedLabel': '초대한 임원 수',
  'consultant.invitation.save': '저장',
  'consultant.brand.heading': '보고서에 표시할 브랜드',
  'consultant.brand.lead':
    '고객사의 보고서, 인쇄본, 공유 링크, 그리고 고객사 임원이 보는 초대 페이지에 저희 대신 귀사의 이름, 로고, 색상이 표시됩니다. 저희 이름은 작은 “제공: 디지털 CX 벤치마크” 한 줄에만 남습니다.',
  'consultant.brand.name': '이름 (예: 귀사 이름)',
  'consultant.brand.footer': '각 페이지 하단의 연락처 (선택)',
  'consultant.brand.accent': '강조 색상',
  'consultant.brand.sample': '제목 예시',
  'consultant.brand.accentLow':
    '흰 바탕의 글자로 읽기에 너무 밝습니다({ratio}:1, WCAG AA 기준은 4.5:1). 더 진한 색을 고르세요.',
  'consultant.brand.accentFormat': '색상을 #rrggbb 형식으로 입력하세요.',
  'consultant.brand.logo': '로고 (PNG, JPEG 또는 WebP, 200KB 이하)',
  'consultant.brand.logoHelp': '파일 이름이 아니라 내용으로 확인합니다. SVG는 받지 않습니다.',
  'consultant.brand.logo.too_large': '로고가 200KB보다 큽니다. 크기를 줄이세요.',
  'consultant.brand.logo.not_an_image': '이 파일은 PNG, JPEG, WebP 이미지가 아닙니다.',
  'consultant.brand.logo.polyglot':
    '이 이미지 파일에 웹 마크업이 들어 있습니다. 일반 이미지로 다시 내보내세요.',
  'consultant.brand.logoAlt': '귀사 로고',
  'consultant.brand.removeLogo': '로고 삭제',
  'consultant.brand.save': '브랜드 저장',
  'consultant.brand.remove': '제품 기본 브랜드 사용',
  'consultant.error.accent_low_contrast':
    '이 강조 색상은 흰 바탕의 글자로 읽기에 너무 밝습니다(WCAG AA 기준 4.5:1). 더 진한 색을 고르세요.',
  'consultant.error.logo_too_large': '로고가 200KB보다 큽니다. 크기를 줄이세요.',
  'consultant.error.logo_not_an_image': '로고는 PNG, JPEG, WebP 이미지여야 합니다(SVG 불가).',
  'consultant.error.logo_polyglot':
    '로고 파일에 웹 마크업이 들어 있어 받을 수 없습니다. 일반 이미지로 다시 내보내세요.',
  'consultant.error.invalid_brand_name': '브랜드 이름은 1~80자의 일반 텍스트입니다.',
  'consultant.error.invalid_brand_footer': '하단 문구는 200자 이하의 일반 텍스트입니다.',
  'consultant.error.round_empty':
    '이번 차수에는 아직 응답이 없습니다. 다음 차수를 시작하기 전에 초대 링크를 보내세요.',
  'consultant.round.label': '{round}차',
  'consultant.round.start': '{round}차 시작 (새 초대 링크)',
  'consultant.round.confirm':
    '{round}차를 시작할까요? 현재 초대가 마감되고 새 링크가 열립니다. {round}차 결과가 나올 때까지 보고서는 {current}차 결과를 보여 줍니다. {current}차에 응답한 임원이 아직 1~2명뿐이라면 그 응답이 그대로 보이게 됩니다.',
  'consultant.portfolio.heading': '포트폴리오',
  'consultant.portfolio.lead':
    '고객사를 나란히 비교합니다. 각 고객사는 결과가 있는 최근 차수로 표시됩니다. 칸마다 종합 점수와 단계를 보여 주며, 칸이 진할수록 단계가 높습니다.',
  'consultant.portfolio.none':
    '아직 결과가 있는 고객사가 없습니다. 임원 3명이 응답하거나 초대를 마감하면 여기에 나타납니다.',
  'consultant.portfolio.spread':
    '고객사들은 {strongest}에서 가장 강하고(중앙값 {strongestMedian}) {weakest}에서 가장 약합니다(중앙값 {weakestMedian}).',
  'consultant.portfolio.even': '고객사들의 중앙값이 모두 {median}입니다.',
  'consultant.portfolio.caption': '영역별 고객사: 종합 점수와 단계',
  'consultant.portfolio.organisation': '고객사',
  'consultant.portfolio.round': '차수',
  'consultant.portfolio.executives': '임원 수',
  'consultant.portfolio.overall': '종합',
  'consultant.portfolio.agreement': '의견 일치',
  'consultant.portfolio.lastActivity': '최근 활동',
  'consultant.portfolio.cell': '{dimension}: {score}, {stage}단계({name})',
  'consultant.portfolio.noScore': '아직 결과 없음',
  'consultant.portfolio.moved': '{round}차 대비 {delta}',
  'consultant.portfolio.movement.up': '상승',
  'consultant.portfolio.movement.down': '하락',
  'consultant.portfolio.movement.steady': '유지',
  'consultant.portfolio.flag.divided': '{dimensions}에서 의견 갈림',
  'consultant.portfolio.flag.partly': '6개 영역 중 {count}개에서 부분 일치',
  'consultant.portfolio.flag.aligned': '일치',
  'consultant.portfolio.flag.pair': '임원 2명, {dimensions}에서 불일치',
  'consultant.portfolio.flag.pairAligned': '임원 2명, 일치',
  'consultant.portfolio.flag.none': '임원 1명',
  'consultant.portfolio.sortBy': '정렬 기준',
  'consultant.portfolio.sort.name': '이름',
  'consultant.portfolio.sort.overall': '종합 점수',
  'consultant.portfolio.sort.stage': '단계',
  'consultant.portfolio.sort.lastActivity': '최근 활동',
  'consultant.portfolio.direction.asc': '오름차순',
  'consultant.portfolio.direction.desc': '내림차순',
  'consultant.portfolio.direction': '순서',
  'consultant.portfolio.filterSegment': '세그먼트',
  'consultant.portfolio.filterStage': '종합 단계',
  'consultant.portfolio.all': '전체',
  'consultant.portfolio.noStage': '아직 결과 없음',
  'consultant.portfolio.shown': '고객사 {total}곳 중 {shown}곳 표시',
  'consultant.portfolio.archived': '(보관됨)',
  'consultant.portfolio.csv': '포트폴리오 내려받기 (CSV)',
  'consultant.portfolio.distributionHeading': '라이브 풀, 연구와 비교한 포트폴리오',
  'consultant.portfolio.distributionLead':
    '영역별로 고객사 결과(보관되지 않은 고객사 중 결과가 있는 {n}곳), 라이브 풀의 공개 수치, 그리고 {study}({year}년, n = {studyN})의 응답 가운데 고객사 응답의 위치를 보여 줍니다.',
  'consultant.portfolio.distributionCaption': '영역별 포트폴리오, 라이브 풀, {year}년 연구',
  'consultant.portfolio.dimension': '영역',
  'consultant.portfolio.yourClients': '고객사',
  'consultant.portfolio.livePool': '라이브 풀, {date} 공개 (n = {n})',
  'consultant.portfolio.livePoolHidden': '라이브 풀: 아직 공개되지 않음 ({k}곳 미만)',
  'consultant.portfolio.studyColumn': '{year}년 연구 (n = {n})',
  'consultant.portfolio.figures': '중앙값 {median}, 중간 50% {q1}–{q3}',
  'consultant.portfolio.stages': '1–5단계: {counts}',
  'consultant.portfolio.studyStanding':
    '연구 응답의 {percent}%보다 성숙한 답변 (같은 답변은 절반으로 계산; 연구의 응답 수로 계산)',
  'consultant.portfolio.studyNone': '연구에 이 영역의 순위형 문항이 없습니다',
  'consultant.portfolio.studyFew': '임원 3명 이상인 고객사가 필요합니다',
  'consultant.portfolio.notScored': '결과 없음',
  'consultant.portfolio.csvName': '이름',
  'consultant.portfolio.csvRespondents': '임원 수',
  'consultant.portfolio.csvOverallScore': '종합 점수',
  'consultant.portfolio.csvOverallStage': '종합 단계',
  'consultant.portfolio.csvLastActivity': '최근 활동',
  'report.round.heading': '{round}차 대비 변화',
  'report.round.lead':
    '{current}차(임원 {now}명)와 {previous}차(임원 {before}명)를 나란히 봅니다. 같은 단계 안에서 {steady}점 미만의 변화는 유지로 표시합니다. 1~2점의 흔들림을 변화로 읽지 않도록 정한 관례이며 통계적 유의성 검정은 아닙니다. 변화 폭은 항상 함께 보여 줍니다.',
  'report.round.caption': '영역별 종합 점수, {previous}차와 {current}차',
  'report.round.dimension': '영역',
  'report.round.before': '{round}차',
  'report.round.after': '{round}차',
  'report.round.change': '변화',
  'report.round.agreement': '의견 일치 ({previous}차 → {current}차)',
  'report.round.missing': '비교 불가',
  'report.round.movement.up': '상승',
  'report.round.movement.down': '하락',
  'report.round.movement.steady': '유지',
  'report.round.current':
    '이 수치는 {round}차 결과입니다. {current}차가 진행 중이며, 지금까지 응답 {waiting}건입니다.',
  'report.poweredBy': '제공: {product}',
  'assessment.invitation.from': '{brand}에서 이 진단에 초대합니다.',
  'report.organisation.title': '종합 보고서',
  'report.organisation.respondents': '임원 {n}명의 종합 결과',
  'report.organisation.noFigures':
    '아직 종합 결과가 없습니다. 제출된 응답 {n}건. 첫 결과는 임원 3명이 응답하거나 컨설턴트가 초대를 마감하면 나타납니다.',
  'report.organisation.waiting':
    '이후 응답 {n}건은 아직 이 결과에 들어 있지 않습니다. 응답은 세 건씩 더해지므로, 결과의 변화에서 한 사람의 응답을 읽어낼 수 없습니다.',
  'report.organisation.noToken':
    '이 주소에는 작업 공간 키나 조직이 없습니다. 작업 공간에서 보고서를 여세요.',
  'report.agreement.heading': '임원들의 의견 일치',
  'report.agreement.lead':
    '종합 점수는 임원들 점수의 평균입니다. 영역별 의견 일치는 그 평균에서 각 점수가 떨어진 평균 거리(AD_M, 점)로 봅니다. 16.7점까지는 일치(Burke와 Dunlap의 c/6 기준을 20점 단위 5단계에 적용), 25점까지는 부분 일치, 그 이상은 의견 갈림입니다.',
  'report.agreement.privacy':
    '어떤 응답이나 점수도 특정 개인이나 직무에 귀속해 보여 주지 않습니다. 점수 분포는 임원 3명부터, 2명일 때는 일치 여부만, 응답 수는 3명부터 보여 줍니다. 임원들은 3명 이상이 응답한 뒤에만 이 종합 보고서를 볼 수 있습니다. 새 응답은 세 건씩 결과에 더해지므로(처음 한두 건은 초대를 마감했을 때만), 응답 하나가 더해지기 전후의 보고서를 비교해도 드러나는 것이 없습니다.',
  'report.agreement.caption': '영역별 임원 의견 일치',
  'report.agreement.dimension': '영역',
  'report.agreement.agreement': '의견 일치',
  'report.agreement.range': '최저–최고',
  'report.agreement.adm': 'AD_M (점)',
  'report.agreement.label.aligned': '일치',
  'report.agreement.label.partlyAligned': '부분 일치',
  'report.agreement.label.divided': '의견 갈림',
  'report.agreement.pairAligned': '일치 (임원 2명: 분포는 표시하지 않음)',
  'report.agreement.pairApart': '불일치 (임원 2명: 분포는 표시하지 않음)',
  'report.agreement.none': '임원 1명: 비교할 대상 없음',
  'report.agreement.disagreements': '의견이 가장 크게 갈린 문항',
  'report.agreement.disagreementsLead':
    '임원들의 응답이 가장 멀리 떨어진 순위형 문항을 응답 수로 보여 줍니다(성숙도가 낮은 선택지부터).',
  'report.agreement.noDisagreements': '모든 순위형 문항에서 임원들이 같은 응답을 했습니다.',
  'report.agreement.fewForCounts': '응답 수는 임원 3명이 응답한 뒤부터 보여 줍니다.',
  'report.agreement.count': '{option}: {count}',
  'report.combined.link': '소속 조직의 종합 보고서: 모든 임원의 결과와 의견 일치',
  'integrity.rateLimited':
    '최근 한 시간 동안 이 연결에서 많은 평가가 전송되어 서버가 잠시 기다려 달라고 요청했습니다. 답변은 이 기기에 보관되며 약 {minutes}분 후에 자동으로 전송됩니다. 이 페이지를 닫았다가 나중에 다시 와도 됩니다.',
};

const dictionaries: Record<TLang, Record<TUiKey, string>> = { en, ko };

/** The text for `key`, with `{name}` placeholders filled from `values`. */
export function t(lang: TLang, key: TUiKey, values: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key], values);
}

/** The texts whose keys start with `prefix`, in one language (for an island that needs only those). */
export function stringsWithPrefix(lang: TLang, prefix: string): TUiStrings {
  return Object.fromEntries(
    Object.entries(dictionaries[lang]).filter(([key]) => key.startsWith(prefix)),
  ) as TUiStrings;
}

export type TUiStrings = Partial<Record<TUiKey, string>>;
