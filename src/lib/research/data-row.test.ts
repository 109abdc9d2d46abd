import { describe, expect, it } from 'vitest';
import { currentAssessment } from '../../../surveys/assessment/index.ts';
import { currentScoringModel } from '../../../surveys/scoring/index.ts';
import { codebookVariables } from './codebook.ts';
import { researchRow, type TResearchRecord } from './data-row.ts';
import { GENERALISED_VALUES, QUASI_IDENTIFIERS } from './hierarchies.ts';

const variables = codebookVariables(currentAssessment, currentScoringModel, {
  quasiIdentifiers: QUASI_IDENTIFIERS,
  generalisedValues: GENERALISED_VALUES,
});
const cell = (row: unknown[], name: string): unknown =>
  row[variables.findIndex((v) => v.name === name)];

const record: TResearchRecord = {
  rowId: 'r1',
  fieldworkHalf: '2026-H2',
  quasi: { industry: 'insurance', company_size: 'size_1_249', region: null, business_model: 'b2c' },
  answers: {
    alignment_collaboration: 'rarely',
    automation_priorities: ['chatbots', 'translation'],
    effort_tasks: { find_information: 'very_easy' },
  },
  scores: { alignment: [62.5, 4], overall: [null, null] },
};

describe('researchRow', () => {
  it('writes one cell per variable: ids, codes, 0/1 options, matrix rows, scores and stages', () => {
    const row = researchRow(variables, record);
    expect(row).toHaveLength(variables.length);
    expect(row.slice(0, 2)).toEqual(['r1', '2026-H2']);
    const industry = variables.find((v) => v.name === 'industry');
    expect(cell(row, 'industry')).toBe(
      industry?.categories?.find((c) => c.code === 'insurance')?.value,
    );
    const size = variables.find((v) => v.name === 'company_size');
    expect(cell(row, 'company_size')).toBe(
      size?.categories?.find((c) => c.code === 'size_1_249')?.value,
    );
    expect(cell(row, 'region')).toBeNull();
    expect(cell(row, 'auto_prio__chatbots')).toBe(1);
    expect(cell(row, 'auto_prio__none')).toBe(0);
    expect(cell(row, 'effo_task__find_information')).toBe(6);
    expect(cell(row, 'effo_task__manage_account')).toBeNull();
    expect(cell(row, 'staf_reso__sales')).toBeNull();
    expect(cell(row, 'score_alignment')).toBe(62.5);
    expect(cell(row, 'stage_alignment')).toBe(4);
    expect(cell(row, 'score_overall')).toBeNull();
    expect(cell(row, 'score_brand')).toBeNull();
  });

  it('leaves every item blank for a result without answers', () => {
    const row = researchRow(variables, { ...record, answers: null });
    variables.forEach((v, i) => {
      if (v.role === 'item') expect(row[i], v.name).toBeNull();
    });
    expect(cell(row, 'score_alignment')).toBe(62.5);
  });

  it('refuses a quasi-identifier value the codebook does not know', () => {
    expect(() =>
      researchRow(variables, { ...record, quasi: { ...record.quasi, industry: 'retail' } }),
    ).toThrow(/industry/);
  });
});
