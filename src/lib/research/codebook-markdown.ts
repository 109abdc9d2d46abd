/**
 * The human-readable codebook (Markdown): what the file is, how it was made
 * anonymous and how many values that took, then every variable with its
 * wording in English and Korean, its codes and how it is scored.
 */
import type { TCodebookVariable } from './codebook.ts';

/** What the codebook says about the file as a whole. */
export type TCodebookMeta = {
  /** Title of the package. */
  title: string;
  /** Edition label, e.g. 2026-H2. */
  edition: string;
  /** Rows in the file. */
  n: number;
  /** Every row matches at least k rows on the quasi-identifiers. */
  k: number;
  /** Survey version(s) and scoring model of the results. */
  surveyVersion: string;
  scoringModel: string;
  /** Recoding level applied per quasi-identifier (0: none). */
  levels?: Readonly<Record<string, number>>;
  /**
   * `strict`: every written combination holds k rows, a blank being a value of its own
   * (strict-suppression.ts); otherwise sdcMicro's rule, a blank matching any value.
   */
  suppressionRule?: 'strict' | 'sdcMicro';
};

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');

function variableSection(variable: TCodebookVariable): string {
  const lines = [
    `### \`${variable.name}\``,
    '',
    `- Type: ${variable.type}${variable.source === variable.name ? '' : ` (original name \`${variable.source}\`)`}`,
    `- English: ${variable.label.en}`,
    `- 한국어: ${variable.label.ko}`,
    `- ${variable.description.en}`,
    `- ${variable.description.ko}`,
  ];
  if (variable.scoring)
    lines.push(`- Scoring: ${variable.scoring.en}`, `- 점수: ${variable.scoring.ko}`);
  lines.push(`- Missing: ${variable.missing.en} / ${variable.missing.ko}`);
  if (variable.categories) {
    lines.push('', '| Code | Id | English | 한국어 |', '| ---: | --- | --- | --- |');
    for (const c of variable.categories) {
      lines.push(`| ${c.value} | ${cell(c.code)} | ${cell(c.label.en)} | ${cell(c.label.ko)} |`);
    }
  }
  return lines.join('\n');
}

/** The codebook; `suppressionCounts` are the values suppressed per quasi-identifier. */
export function codebookMarkdown(
  variables: readonly TCodebookVariable[],
  suppressionCounts: Readonly<Record<string, number>>,
  meta: TCodebookMeta,
): string {
  const quasi = variables.filter((v) => v.role === 'quasi_identifier');
  const strict = meta.suppressionRule === 'strict';
  const rule = strict
    ? `suppressed value by value until every combination of them written in the file, a blank ` +
      `counting as a value of its own, occurs in at least k = ${meta.k} rows.`
    : `suppressed value by value until every row matches at least k = ${meta.k} rows, where a ` +
      `blank matches any value (sdcMicro's rule).`;
  const ruleKo = strict
    ? `값 단위로 삭제하여, 파일에 기록된 모든 조합(빈칸도 하나의 값으로 취급)이 최소 k = ${meta.k}개 행에 나타나도록 했습니다.`
    : `값 단위로 삭제하여 모든 행이 최소 k = ${meta.k}개 행과 일치하도록 했습니다(빈칸은 모든 값과 일치).`;
  const disclosure = [
    '## Disclosure control / 공개 통제',
    '',
    `Identifiers, names, tokens and timestamps are dropped; free-text answers are left out. ` +
      `The quasi-identifiers (${quasi.map((v) => `\`${v.name}\``).join(', ')}) were recoded and then ` +
      rule,
    '',
    `식별자, 이름, 토큰, 타임스탬프는 삭제했고 자유 응답은 포함하지 않았습니다. 준식별자는 재코딩한 뒤 ` +
      ruleKo,
    '',
    '| Variable | Recoding level | Values suppressed |',
    '| --- | ---: | ---: |',
    ...quasi.map(
      (v) =>
        `| \`${v.name}\` | ${meta.levels?.[v.source] ?? 0} | ${suppressionCounts[v.source] ?? 0} |`,
    ),
  ];
  return [
    `# ${meta.title}: codebook / 코드북`,
    '',
    `Edition ${meta.edition}, n = ${meta.n}. Survey ${meta.surveyVersion}, scoring model ${meta.scoringModel}. ` +
      `Blank cells are missing.`,
    '',
    ...disclosure,
    '',
    '## Variables / 변수',
    '',
    variables.map(variableSection).join('\n\n'),
    '',
  ].join('\n');
}
