/**
 * Read scripts for SPSS (syntax) and Stata (do-file): they read data.csv as
 * UTF-8 with the right column types, then attach variable and value labels,
 * within each program's length limits.
 */
import type { TCodebookVariable } from './codebook.ts';
import type { TScriptOptions } from './read-scripts.ts';

const encoder = new TextEncoder();

/** `text` cut to at most `bytes` bytes of UTF-8, on a character boundary. */
export function fitBytes(text: string, bytes: number): string {
  let result = '';
  let used = 0;
  for (const char of text) {
    used += encoder.encode(char).length;
    if (used > bytes) break;
    result += char;
  }
  return result;
}

/** A double-quoted SPSS string: inner double quotes doubled. */
const spssQuoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

const SPSS_FORMATS: Record<TCodebookVariable['type'], string> = {
  integer: 'F8.0',
  number: 'F8.2',
  string: 'A40',
  boolean: 'A5',
};

/** SPSS syntax: GET DATA from the CSV, VARIABLE LABELS and VALUE LABELS. */
export function spssSyntax(
  variables: readonly TCodebookVariable[],
  options: TScriptOptions = {},
): string {
  const lang = options.lang ?? 'en';
  const coded = variables.filter((v) => v.categories);
  const file = (options.dataFile ?? 'data.csv').replaceAll("'", "''");
  const lines = [
    '* Encoding: UTF-8.',
    '* Reads the research file and applies the variable and value labels.',
    'SET UNICODE=ON.',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE='${file}'`,
    "  /ENCODING='UTF8'",
    '  /ARRANGEMENT=DELIMITED',
    '  /DELCASE=LINE',
    '  /FIRSTCASE=2',
    '  /DELIMITERS=","',
    `  /QUALIFIER='"'`,
    '  /VARIABLES=',
    ...variables.map((v) => `    ${v.name} ${SPSS_FORMATS[v.type]}`),
    '.',
    'VARIABLE LABELS',
    variables.map((v) => `  ${v.name} ${spssQuoted(fitBytes(v.label[lang], 250))}`).join('\n /'),
    '.',
  ];
  if (coded.length > 0) {
    lines.push(
      'VALUE LABELS',
      coded
        .map((v) =>
          [
            `  ${v.name}`,
            ...(v.categories ?? []).map(
              (c) => `    ${c.value} ${spssQuoted(fitBytes(c.label[lang], 120))}`,
            ),
          ].join('\n'),
        )
        .join('\n /'),
      '.',
    );
  }
  lines.push('EXECUTE.', '');
  return lines.join('\n');
}

/**
 * A Stata compound-quoted string: safe for inner double quotes; `$` and the
 * backtick are escaped so that Stata expands no macro, and `"'` cannot end it.
 */
const stataQuoted = (text: string): string =>
  `\`"${text.replaceAll('$', '\\$').replaceAll('`', '\\`').replaceAll(`"'`, `" '`)}"'`;

/** Column positions (1-based) as a Stata numlist: `1 3/5 8`. */
function numlist(positions: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < positions.length;) {
    let j = i;
    while (j + 1 < positions.length && positions[j + 1] === (positions[j] as number) + 1) j += 1;
    parts.push(i === j ? `${positions[i]}` : `${positions[i]}/${positions[j]}`);
    i = j + 1;
  }
  return parts.join(' ');
}

/** A Stata do-file: import delimited, then label variable / label define / label values. */
export function stataDo(
  variables: readonly TCodebookVariable[],
  options: TScriptOptions = {},
): string {
  const lang = options.lang ?? 'en';
  const positions = (strings: boolean): number[] =>
    variables.flatMap((v, i) =>
      (v.type === 'string' || v.type === 'boolean') === strings ? [i + 1] : [],
    );
  const stringCols = positions(true);
  const numericCols = positions(false);
  const columns = [
    ...(stringCols.length ? [`stringcols(${numlist(stringCols)})`] : []),
    ...(numericCols.length ? [`numericcols(${numlist(numericCols)})`] : []),
  ].join(' ');
  const file = (options.dataFile ?? 'data.csv').replaceAll('"', '');
  const lines = [
    '* Reads the research file and applies the variable and value labels (Stata 14 or later).',
    `import delimited using "${file}", clear varnames(1) case(preserve) encoding("utf-8") bindquote(strict) ${columns}`,
    '',
  ];
  for (const v of variables) {
    lines.push(`label variable ${v.name} ${stataQuoted([...v.label[lang]].slice(0, 80).join(''))}`);
    if (v.categories) {
      const pairs = v.categories.map((c) => `${c.value} ${stataQuoted(c.label[lang])}`).join(' ');
      lines.push(`label define ${v.name} ${pairs}, replace`, `label values ${v.name} ${v.name}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
