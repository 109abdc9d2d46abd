/**
 * Read scripts for R (readr) and Python (pandas): they read data.csv with the
 * right column types and turn coded columns into labelled factors /
 * categoricals. SPSS and Stata are in stats-scripts.ts.
 */
import type { TCodebookVariable } from './codebook.ts';

/** Settings of every read script. */
export type TScriptOptions = {
  /** Path of the data file, as the script opens it; `data.csv` by default. */
  dataFile?: string;
  /** Language of the labels; English by default. */
  lang?: 'en' | 'ko';
};

/** A double-quoted string literal for R and Python (JSON's escapes are valid in both). */
export const quoted = (text: string): string => JSON.stringify(text);

const R_TYPES: Record<TCodebookVariable['type'], string> = {
  integer: 'col_integer()',
  number: 'col_double()',
  string: 'col_character()',
  boolean: 'col_logical()',
};

/** An R script that reads the file with readr and applies the value labels. */
export function rScript(variables: readonly TCodebookVariable[], options: TScriptOptions = {}) {
  const lang = options.lang ?? 'en';
  const lines = [
    '# Reads the research file with readr and applies the value labels.',
    'library(readr)',
    '',
    'data <- read_csv(',
    `  ${quoted(options.dataFile ?? 'data.csv')},`,
    '  col_types = cols(',
    ...variables.map((v) => `    ${v.name} = ${R_TYPES[v.type]},`),
    '    .default = col_character()',
    '  ),',
    '  na = "",',
    '  locale = locale(encoding = "UTF-8")',
    ')',
    '',
  ];
  for (const v of variables) {
    if (v.categories) {
      const levels = v.categories.map((c) => `${c.value}L`).join(', ');
      const labels = v.categories.map((c) => quoted(c.label[lang])).join(', ');
      const ordered = v.ordered ? ', ordered = TRUE' : '';
      lines.push(
        `data$${v.name} <- factor(data$${v.name}, levels = c(${levels}), labels = c(${labels})${ordered})`,
      );
    }
    lines.push(`attr(data$${v.name}, "label") <- ${quoted(v.label[lang])}`);
  }
  return `${lines.join('\n')}\n`;
}

const PANDAS_TYPES: Record<TCodebookVariable['type'], string> = {
  integer: 'Int64',
  number: 'Float64',
  string: 'string',
  boolean: 'boolean',
};

/** A Python script that reads the file with pandas and makes coded columns labelled categoricals. */
export function pythonScript(
  variables: readonly TCodebookVariable[],
  options: TScriptOptions = {},
): string {
  const lang = options.lang ?? 'en';
  const coded = variables.filter((v) => v.categories);
  const lines = [
    '"""Reads the research file with pandas and applies the value labels."""',
    'import pandas as pd',
    '',
    'DTYPES = {',
    ...variables.map((v) => `    ${quoted(v.name)}: ${quoted(PANDAS_TYPES[v.type])},`),
    '}',
    '',
    'LABELS = {',
    ...coded.map(
      (v) =>
        `    ${quoted(v.name)}: {${(v.categories ?? [])
          .map((c) => `${c.value}: ${quoted(c.label[lang])}`)
          .join(', ')}},`,
    ),
    '}',
    '',
    `ORDERED = {${coded
      .filter((v) => v.ordered)
      .map((v) => quoted(v.name))
      .join(', ')}}`,
    '',
    'VARIABLE_LABELS = {',
    ...variables.map((v) => `    ${quoted(v.name)}: ${quoted(v.label[lang])},`),
    '}',
    '',
    'data = pd.read_csv(',
    `    ${quoted(options.dataFile ?? 'data.csv')},`,
    '    dtype=DTYPES,',
    '    keep_default_na=False,',
    '    na_values=[""],',
    '    encoding="utf-8",',
    ')',
    'for column, labels in LABELS.items():',
    '    data[column] = pd.Categorical(',
    '        data[column].map(labels),',
    '        categories=list(labels.values()),',
    '        ordered=column in ORDERED,',
    '    )',
    'data.attrs["variable_labels"] = VARIABLE_LABELS',
    '',
  ];
  return lines.join('\n');
}
