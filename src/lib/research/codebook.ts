/**
 * The variables of a research file, from the survey definition and the scoring
 * model: row id, fieldwork half-year, every answer column (free text left out),
 * the six dimension scores and stages, and the overall score and stage. Single
 * choices and matrix rows are integer codes 1..n in display order; a multiple
 * choice becomes one 0/1 column per option (`<question>__<option>`), a matrix
 * one column per row (`<question>__<row>`). Names are valid in R, pandas, SPSS
 * and Stata (variable-names.ts); the original name is kept as `source`.
 */
import type { TItem, TQuestion, TSurveyFile } from '../../../surveys/assessment/index.ts';
import type { TScoringModel } from '../../../surveys/scoring/index.ts';
import type { TGeneralisedValue } from './hierarchies.ts';
import { answerScoring, optionScoring, type TText } from './item-scoring.ts';
import { scoreVariables } from './score-variables.ts';
import { columnNames, uniqueNames } from './variable-names.ts';

export type { TText } from './item-scoring.ts';

/** One code of a coded variable. */
export type TCategory = {
  /** The number written in the file. */
  value: number;
  /** The survey's option id (or `selected` / `not_selected`, or a stage number). */
  code: string;
  /** What the code means. */
  label: TText;
};

/** What a variable is in the file. */
export type TVariableRole =
  'id' | 'fieldwork' | 'quasi_identifier' | 'item' | 'dimension_score' | 'stage';

/** One column of the research file. */
export type TCodebookVariable = {
  /** Column name, valid in R, pandas, SPSS and Stata. */
  name: string;
  /** The name before shortening (equal to `name` when it fitted). */
  source: string;
  /** What the column is. */
  role: TVariableRole;
  /** Frictionless type of the column. */
  type: 'integer' | 'number' | 'string' | 'boolean';
  /** Short label: the question wording (with its row or option). */
  label: TText;
  /** Longer description. */
  description: TText;
  /** Codes, for coded columns. */
  categories?: TCategory[];
  /** Whether the codes are ordered (stages). */
  ordered?: boolean;
  /** Cell values that mean missing; what missing means is in `missing`. */
  missingValues: readonly string[];
  /** Why a cell can be missing. */
  missing: TText;
  /** How the scoring model uses the column, where it does. */
  scoring?: TText;
  /** The survey question the column comes from. */
  question?: string;
  /** Bounds of a numeric column. */
  constraints?: { minimum?: number; maximum?: number; pattern?: string };
};

/** Settings of `codebookVariables`. */
export type TCodebookOptions = {
  /** Questions treated as quasi-identifiers (recoded and suppressed before release). */
  quasiIdentifiers: readonly string[];
  /** Values recoding may introduce, per quasi-identifier, with their labels. */
  generalisedValues?: Readonly<Record<string, readonly TGeneralisedValue[]>>;
  /** Questions left out of the file altogether (e.g. ones that would single a respondent out). */
  omitted?: readonly string[];
};

const MISSING = [''] as const;

const NOT_ANSWERED: TText = {
  en: 'Blank: not shown or not answered.',
  ko: '빈칸: 표시되지 않았거나 응답하지 않음.',
};
const SUPPRESSED: TText = {
  en: 'Blank: not answered, or suppressed for anonymity (see the disclosure control section).',
  ko: '빈칸: 응답하지 않았거나 익명성 보호를 위해 삭제됨(공개 통제 절 참조).',
};

const text = (localized: { default: string; ko: string }): TText => ({
  en: localized.default,
  ko: localized.ko,
});

const codes = (items: readonly TItem[]): TCategory[] =>
  items.map((item, i) => ({ value: i + 1, code: item.value, label: text(item.text) }));

const SELECTED: TCategory[] = [
  { value: 0, code: 'not_selected', label: { en: 'Not selected', ko: '선택하지 않음' } },
  { value: 1, code: 'selected', label: { en: 'Selected', ko: '선택함' } },
];

const withPart = (title: TText, part: TText): TText => ({
  en: `${title.en} — ${part.en}`,
  ko: `${title.ko} — ${part.ko}`,
});

/** The columns of one question, with source names; none for free text. */
function questionVariables(
  question: TQuestion,
  model: TScoringModel,
  options: TCodebookOptions,
): Omit<TCodebookVariable, 'name'>[] {
  const title = text(question.title);
  const base = { missingValues: MISSING, question: question.name };
  switch (question.type) {
    case 'radiogroup': {
      const quasi = options.quasiIdentifiers.includes(question.name);
      const categories = codes(question.choices);
      for (const extra of quasi ? (options.generalisedValues?.[question.name] ?? []) : []) {
        categories.push({ value: categories.length + 1, code: extra.value, label: extra.label });
      }
      return [
        {
          ...base,
          source: question.name,
          role: quasi ? 'quasi_identifier' : 'item',
          type: 'integer',
          label: title,
          description: question.description
            ? text(question.description)
            : { en: 'Single choice.', ko: '단일 선택.' },
          categories,
          missing: quasi ? SUPPRESSED : NOT_ANSWERED,
          scoring: answerScoring(model, question.name),
        },
      ];
    }
    case 'checkbox': {
      return question.choices.map((choice) => ({
        ...base,
        source: `${question.name}__${choice.value}`,
        role: 'item' as const,
        type: 'integer' as const,
        label: withPart(title, text(choice.text)),
        description: {
          en: `1 if "${choice.text.default}" was chosen, 0 if not.`,
          ko: `"${choice.text.ko}"을(를) 선택했으면 1, 아니면 0.`,
        },
        categories: SELECTED,
        missing: NOT_ANSWERED,
        scoring: optionScoring(model, question.name, choice.value),
      }));
    }
    case 'matrix':
      return question.rows.map((row) => ({
        ...base,
        source: `${question.name}__${row.value}`,
        role: 'item' as const,
        type: 'integer' as const,
        label: withPart(title, text(row.text)),
        description: {
          en: `One row of a grid: "${row.text.default}"; one answer per row.`,
          ko: `표의 한 행: "${row.text.ko}"; 행마다 하나의 응답.`,
        },
        categories: codes(question.columns),
        missing: NOT_ANSWERED,
        scoring: answerScoring(model, question.name, row.value),
      }));
    case 'comment':
    case 'text':
      return [];
  }
}

/** Every variable of the research file, in column order, with valid unique names. */
export function codebookVariables(
  survey: TSurveyFile,
  model: TScoringModel,
  options: TCodebookOptions,
): TCodebookVariable[] {
  const fixed: Omit<TCodebookVariable, 'name'>[] = [
    {
      source: 'row_id',
      role: 'id',
      type: 'string',
      label: { en: 'Row id', ko: '행 ID' },
      description: {
        en: 'Random id of the row, made for this file; it links to nothing else.',
        ko: '이 파일을 위해 만든 무작위 행 ID로, 다른 어떤 정보와도 연결되지 않습니다.',
      },
      missingValues: [],
      missing: { en: 'Never missing.', ko: '결측 없음.' },
    },
    {
      source: 'fieldwork_half',
      role: 'fieldwork',
      type: 'string',
      label: { en: 'Fieldwork half-year', ko: '조사 반기' },
      description: {
        en: "The edition's fieldwork half-year (the half-year its fieldwork ends in), e.g. 2026-H2: the same for every row.",
        ko: '에디션의 조사 반기(조사 기간이 끝나는 반기, 예: 2026-H2). 모든 행이 같습니다.',
      },
      missingValues: [],
      missing: { en: 'Never missing.', ko: '결측 없음.' },
      constraints: { pattern: '^[0-9]{4}-H[12]$' },
    },
  ];
  const questions = survey.definition.pages
    .flatMap((page) => page.elements)
    .filter((question) => !(options.omitted ?? []).includes(question.name));
  const all = [
    ...fixed,
    ...questions.flatMap((question) => questionVariables(question, model, options)),
    ...scoreVariables(model),
  ];
  const shortened = all.map((variable) => shortName(variable, questions));
  const names = uniqueNames(shortened);
  return all.map((variable, i) => {
    const name = names[i] as string;
    if (name === variable.source) return { name, ...variable };
    const { en, ko } = variable.description;
    const description = {
      en: `${en} Original name: ${variable.source}.`,
      ko: `${ko} 원래 이름: ${variable.source}.`,
    };
    return { name, ...variable, description };
  });
}

/** The column name before de-duplication: the source, or its shortened form. */
function shortName(variable: Omit<TCodebookVariable, 'name'>, questions: TQuestion[]): string {
  const question = questions.find((q) => q.name === variable.question);
  if (!question || (question.type !== 'checkbox' && question.type !== 'matrix')) {
    return variable.source;
  }
  const parts = (question.type === 'checkbox' ? question.choices : question.rows).map(
    (item) => item.value,
  );
  const index = parts.findIndex((part) => variable.source === `${question.name}__${part}`);
  return columnNames(question.name, parts)[index] as string;
}
