import { describe, expect, it } from 'vitest';
import {
  assessments,
  currentAssessment,
  surveyQuestions,
} from '../../../surveys/assessment/index.ts';
import { currentScoringModel, scoringModels } from '../../../surveys/scoring/index.ts';
import { codebookMarkdown } from './codebook-markdown.ts';
import { codebookVariables, type TCodebookVariable } from './codebook.ts';
import { GENERALISED_VALUES, QUASI_IDENTIFIERS } from './hierarchies.ts';
import { pythonScript, rScript } from './read-scripts.ts';
import { fitBytes, spssSyntax, stataDo } from './stats-scripts.ts';
import { tableSchema } from './table-schema.ts';
import { isValidVariableName } from './variable-names.ts';

const options = { quasiIdentifiers: QUASI_IDENTIFIERS, generalisedValues: GENERALISED_VALUES };
const variables = codebookVariables(currentAssessment, currentScoringModel, options);
const coded = variables.filter((v) => v.categories);
const byName = (name: string): TCodebookVariable => {
  const found = variables.find((v) => v.name === name);
  if (!found) throw new Error(`no variable ${name}`);
  return found;
};

describe('codebookVariables', () => {
  it('gives every published survey and model valid, unique names', () => {
    assessments.forEach((survey, i) => {
      const model = scoringModels[i] ?? currentScoringModel;
      const names = codebookVariables(survey, model, options).map((v) => v.name);
      for (const name of names) expect(isValidVariableName(name), name).toBe(true);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    });
  });

  it('starts with the row id and fieldwork half, and has the four quasi-identifiers', () => {
    expect(variables.slice(0, 2).map((v) => v.name)).toEqual(['row_id', 'fieldwork_half']);
    expect(variables.filter((v) => v.role === 'quasi_identifier').map((v) => v.name)).toEqual([
      ...QUASI_IDENTIFIERS,
    ]);
    expect(byName('fieldwork_half').constraints?.pattern).toBe('^[0-9]{4}-H[12]$');
  });

  it('has no free-text variable', () => {
    const freeText = surveyQuestions(currentAssessment)
      .filter((q) => q.type === 'text' || q.type === 'comment')
      .map((q) => q.name);
    expect(freeText).toEqual(['organisation_name', 'automation_priorities_other']);
    for (const v of variables) {
      expect(freeText).not.toContain(v.question);
      expect(
        freeText.some(
          (name) => v.source.startsWith(name) && v.source !== 'automation_priorities__other',
        ),
      ).toBe(false);
    }
    expect(variables.filter((v) => v.type === 'string').map((v) => v.name)).toEqual([
      'row_id',
      'fieldwork_half',
    ]);
  });

  it('gives every coded variable unique codes with English and Korean labels', () => {
    expect(coded.length).toBeGreaterThan(50);
    for (const v of coded) {
      const categories = v.categories ?? [];
      expect(categories.length, v.name).toBeGreaterThanOrEqual(2);
      expect(new Set(categories.map((c) => c.value)).size).toBe(categories.length);
      for (const lang of ['en', 'ko'] as const) {
        for (const c of categories) expect(c.label[lang].trim(), v.name).not.toBe('');
        // labels become pandas categories and R factor levels, which must be distinct
        expect(new Set(categories.map((c) => c.label[lang])).size, v.name).toBe(categories.length);
      }
    }
  });

  it('makes one 0/1 column per option of a multiple choice', () => {
    const columns = variables.filter((v) => v.question === 'automation_priorities');
    expect(columns.map((v) => v.source)).toContain('automation_priorities__none');
    expect(columns).toHaveLength(13);
    for (const v of columns) {
      expect(v.categories?.map((c) => c.value)).toEqual([0, 1]);
      expect(v.name.startsWith('auto_prio__')).toBe(true);
      expect(v.description.en).toContain(`Original name: ${v.source}`);
    }
  });

  it('makes one column per matrix row, coded by the matrix columns', () => {
    const rows = variables.filter((v) => v.question === 'effort_tasks');
    expect(rows).toHaveLength(8);
    // effort_tasks__personalized_offers has 33 characters, so every row is abbreviated
    expect(rows.map((v) => v.name).slice(0, 3)).toEqual([
      'effo_task__find_information',
      'effo_task__manage_account',
      'effo_task__personalized_offers',
    ]);
    expect(rows[0]?.source).toBe('effort_tasks__find_information');
    expect(rows[0]?.categories?.map((c) => c.code)).toEqual([
      'not_applicable',
      'very_difficult',
      'fairly_difficult',
      'neither',
      'fairly_easy',
      'very_easy',
    ]);
    expect(rows[0]?.scoring?.en).toContain('not_applicable: row left out');
  });

  it('adds the recoded values to the quasi-identifiers', () => {
    const size = byName('company_size');
    expect(size.categories?.map((c) => c.code)).toEqual([
      'size_1_49',
      'size_50_249',
      'size_250_999',
      'size_1000_4999',
      'size_5000_plus',
      'size_1_249',
      'size_1000_plus',
      'size_250_plus',
    ]);
    expect(size.missing.en).toContain('suppressed');
  });

  it('says how each answer is scored, from the model', () => {
    expect(byName('alignment_collaboration').scoring?.en).toBe(
      'Scored in Alignment on digital strategy (weight 0.7). Item score = points / maximum. ' +
        'Points: rarely = 0, some = 1, all_occasionally = 2, all_actively = 3, of 3.',
    );
    expect(byName('alignment_collaboration').scoring?.ko).toContain('디지털 전략 정렬');
    expect(byName('pers_fact__sentiment').scoring?.en).toContain('This option: 3 points.');
    expect(byName('pers_fact__none').scoring?.en).toContain('This option scores 0.');
    expect(byName('auto_prio__chatbots').scoring?.en).toContain(
      'strengthens Customer effort on digital tasks',
    );
    expect(byName('auto_prio__none').scoring?.en).toContain('leaves the item unscored');
    expect(byName('respondent_function').scoring?.en).toBe('Not scored.');
  });

  it('adds a score and a stage per dimension and overall', () => {
    const scores = variables.filter((v) => v.role === 'dimension_score');
    const stages = variables.filter((v) => v.role === 'stage');
    expect(scores.map((v) => v.name)).toEqual([
      ...currentScoringModel.dimensions.map((d) => `score_${d.id}`),
      'score_overall',
    ]);
    expect(stages).toHaveLength(7);
    for (const v of scores) {
      expect(v.type).toBe('number');
      expect(v.constraints).toEqual({ minimum: 0, maximum: 100 });
    }
    expect(byName('stage_brand').categories?.map((c) => [c.value, c.label.en])).toEqual([
      [1, 'Ad hoc'],
      [2, 'Emerging'],
      [3, 'Defined'],
      [4, 'Integrated'],
      [5, 'Leading'],
    ]);
    expect(byName('stage_brand').description.en).toContain('1: 0–20');
  });
});

describe('tableSchema', () => {
  const schema = tableSchema(variables);

  it('has one field per variable, with categories and missing values', () => {
    expect(schema.fields.map((f) => f.name)).toEqual(variables.map((v) => v.name));
    expect(schema.primaryKey).toEqual(['row_id']);
    expect(schema.missingValues).toEqual(['']);
    const industry = schema.fields.find((f) => f.name === 'industry');
    expect(industry?.type).toBe('integer');
    expect(industry?.categories?.[0]).toEqual({ value: 1, label: 'Retail and e-commerce' });
    expect(industry?.categories_ko?.[0]).toEqual({ value: 1, label: '유통 및 이커머스' });
    expect(industry?.title_ko).toBe('귀사의 주요 업종은 무엇입니까?');
    for (const field of schema.fields) {
      const variable = byName(field.name);
      expect(Boolean(field.categories)).toBe(Boolean(variable.categories));
      expect(field.description).toContain(variable.description.ko);
    }
    expect(schema.fields.find((f) => f.name === 'stage_overall')?.categoriesOrdered).toBe(true);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('codebookMarkdown', () => {
  const text = codebookMarkdown(
    variables,
    { industry: 3, company_size: 0, region: 7, business_model: 1 },
    {
      title: 'Digital CX Benchmark',
      edition: '2026-H2',
      n: 412,
      k: 5,
      surveyVersion: 'digital-cx-v2',
      scoringModel: 'digital-cx-scoring-v2',
      levels: { region: 1 },
    },
  );

  it('lists every variable with both languages and its codes', () => {
    for (const v of variables) expect(text).toContain(`### \`${v.name}\``);
    expect(text).toContain('| 1 | retail_ecommerce | Retail and e-commerce | 유통 및 이커머스 |');
    expect(text).toContain('- 한국어: 귀사의 주요 업종은 무엇입니까?');
  });

  it('reports the suppressed values and recoding per quasi-identifier', () => {
    expect(text).toContain('| `region` | 1 | 7 |');
    expect(text).toContain('| `industry` | 0 | 3 |');
    expect(text).toContain('k = 5');
  });
});

describe('read scripts', () => {
  const scripts = {
    r: rScript(variables),
    python: pythonScript(variables),
    spss: spssSyntax(variables),
    stata: stataDo(variables),
  };

  it('read every column with its type', () => {
    for (const v of variables) {
      expect(scripts.r).toContain(`    ${v.name} = col_`);
      expect(scripts.python).toContain(`    "${v.name}": "`);
      expect(scripts.spss).toMatch(new RegExp(`^    ${v.name} (F8\\.0|F8\\.2|A40)$`, 'm'));
      expect(scripts.stata).toContain(`label variable ${v.name} `);
    }
    expect(scripts.stata).toContain('stringcols(1/2)');
  });

  it('label every coded variable', () => {
    for (const v of coded) {
      expect(scripts.r).toContain(`data$${v.name} <- factor(data$${v.name}, levels = c(`);
      expect(scripts.python).toMatch(new RegExp(`^    "${v.name}": \\{`, 'm'));
      expect(scripts.spss).toMatch(new RegExp(`^( /)?  ${v.name}\\n    \\d+ "`, 'm'));
      expect(scripts.stata).toContain(`label values ${v.name} ${v.name}`);
    }
  });

  it('use the labels of the chosen language', () => {
    expect(rScript(variables, { lang: 'ko' })).toContain('"유통 및 이커머스"');
    expect(pythonScript(variables)).toContain('1: "Retail and e-commerce"');
    expect(spssSyntax(variables, { lang: 'ko' })).toContain('1 "유통 및 이커머스"');
    expect(stataDo(variables)).toContain('1 `"Retail and e-commerce"\'');
  });

  it('escape quotes and keep within SPSS and Stata limits', () => {
    const tricky: TCodebookVariable = {
      ...byName('industry'),
      label: { en: `Say "hi" $HOME \`x' ${'long '.repeat(40)}`, ko: '한'.repeat(200) },
      categories: [{ value: 1, code: 'a', label: { en: 'A "quoted"\' one', ko: '가' } }],
    };
    expect(spssSyntax([tricky])).toContain('1 "A ""quoted""\' one"');
    expect(stataDo([tricky])).toContain('\\$HOME \\`x');
    expect(stataDo([tricky])).toContain('1 `"A "quoted" \' one"\'');
    expect(rScript([tricky])).toContain('"A \\"quoted\\"\' one"');
    const spssKo = spssSyntax([tricky], { lang: 'ko' });
    expect(spssKo).toContain(`industry "${'한'.repeat(83)}"`);
  });
});

describe('fitBytes', () => {
  it('cuts UTF-8 on a character boundary', () => {
    expect(fitBytes('abc', 2)).toBe('ab');
    expect(fitBytes('한글', 5)).toBe('한');
    expect(fitBytes('한글', 6)).toBe('한글');
  });
});
