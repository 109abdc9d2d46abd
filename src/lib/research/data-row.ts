/**
 * One line of the research file from one exported result: the cells of every
 * codebook variable, in column order. Coded columns take the number of their
 * category (codebook.ts); a multiple choice is 1 or 0 per option once the
 * question was answered; a result without answers (a client organisation's
 * combined result) has blank items and only its scores and stages.
 */
import type { TCsvValue } from '../export/csv-cell.ts';
import type { TCodebookVariable } from './codebook.ts';

/** A score and its stage, either possibly missing. */
export type TScoreCell = readonly [number | null, number | null];

/** What the database gives for one exported result, after disclosure control of the quasi-identifiers. */
export type TResearchRecord = {
  /** Random id made for this file. */
  rowId: string;
  /** Half-year of the result, e.g. 2026-H2. */
  fieldworkHalf: string;
  /** Quasi-identifier values as written: recoded, or null where suppressed. */
  quasi: Readonly<Record<string, string | null>>;
  /** A single respondent's answers (no free text), or null: items left blank. */
  answers: Readonly<Record<string, unknown>> | null;
  /** Score and stage per dimension id and `overall`. */
  scores: Readonly<Record<string, TScoreCell>>;
};

const codeOf = (variable: TCodebookVariable, code: unknown): number | null =>
  typeof code === 'string'
    ? (variable.categories?.find((c) => c.code === code)?.value ?? null)
    : null;

function itemCell(variable: TCodebookVariable, answers: Readonly<Record<string, unknown>>) {
  const question = variable.question as string;
  const answer = answers[question];
  if (variable.source === question) return codeOf(variable, answer);
  const part = variable.source.slice(question.length + 2);
  if (Array.isArray(answer)) return answer.includes(part) ? 1 : 0;
  if (answer !== null && typeof answer === 'object') {
    return codeOf(variable, (answer as Record<string, unknown>)[part]);
  }
  return null;
}

/** The cells of one line, in the order of `variables`. */
export function researchRow(
  variables: readonly TCodebookVariable[],
  record: TResearchRecord,
): TCsvValue[] {
  return variables.map((variable) => {
    switch (variable.role) {
      case 'id':
        return record.rowId;
      case 'fieldwork':
        return record.fieldworkHalf;
      case 'quasi_identifier': {
        const value = record.quasi[variable.source] ?? null;
        if (value === null) return null;
        const code = codeOf(variable, value);
        if (code === null) throw new Error(`${variable.name}: no code for ${value}`);
        return code;
      }
      case 'item':
        return record.answers === null ? null : itemCell(variable, record.answers);
      case 'dimension_score':
        return record.scores[variable.source.slice('score_'.length)]?.[0] ?? null;
      case 'stage':
        return record.scores[variable.source.slice('stage_'.length)]?.[1] ?? null;
    }
  });
}
