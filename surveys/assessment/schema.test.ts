import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import file from './digital-cx-v1.json' with { type: 'json' };
import { parseSurveyFile, surveyQuestions, type TQuestion, type TSurveyFile } from './schema.ts';
import { assessmentV1 } from './index.ts';
import { baselineEdition2022 } from '../baseline/index.ts';

/** A deep, mutable copy of the real file to break. */
function copy(): TSurveyFile {
  return structuredClone(file) as TSurveyFile;
}

/** Page and element index of a question, and the question itself. */
function locate(data: TSurveyFile, name: string) {
  for (const [p, page] of data.definition.pages.entries()) {
    const e = page.elements.findIndex((q) => q.name === name);
    const question = page.elements[e];
    if (question) return { path: `definition.pages.${p}.elements.${e}`, question };
  }
  throw new Error(`no question ${name}`);
}

function errorOf(data: unknown): string {
  try {
    parseSurveyFile(data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the copy to be rejected');
}

function values(items: readonly { value: string }[] | undefined): string[] {
  return (items ?? []).map((item) => item.value);
}

const PROFILE = [
  'industry',
  'company_size',
  'region',
  'business_model',
  'respondent_function',
  'respondent_seniority',
  'organisation_name',
];

describe('digital-cx-v1 survey file', () => {
  it('parses', () => {
    expect(() => parseSurveyFile(file)).not.toThrow();
    expect(assessmentV1.version).toBe('digital-cx-v1');
  });

  it('has the profile page, then one page per dimension of the study', () => {
    expect(assessmentV1.definition.pages.map((page) => page.name)).toEqual([
      'profile',
      'alignment',
      'staffing',
      'personalization',
      'effort',
      'brand',
      'automation',
    ]);
  });

  it('asks the seven profile questions, all required but the company name', () => {
    const profile = assessmentV1.definition.pages[0]!;
    expect(profile.elements.map((q) => q.name)).toEqual(PROFILE);
    for (const question of profile.elements) {
      expect(question.isRequired ?? false).toBe(question.name !== 'organisation_name');
    }
    expect(profile.elements.at(-1)).toMatchObject({ type: 'text', maxLength: 200 });
  });

  it('requires every question but the company name and the "other" detail', () => {
    const optional = surveyQuestions(assessmentV1)
      .filter((q) => !q.isRequired)
      .map((q) => q.name);
    expect(optional).toEqual(['organisation_name', 'automation_priorities_other']);
  });

  it('asks the "other" automation detail only when "other" is chosen', () => {
    const questions = surveyQuestions(assessmentV1).map((q) => q.name);
    const other = questions.indexOf('automation_priorities_other');
    expect(questions[other - 1]).toBe('automation_priorities');
    expect(locate(assessmentV1, 'automation_priorities_other').question).toMatchObject({
      type: 'comment',
      visibleIf: "{automation_priorities} contains 'other'",
      maxLength: 500,
    });
  });
});

describe('one-to-one mapping onto the 2022 study', () => {
  const KIND_TO_TYPE = { single: 'radiogroup', multiple: 'checkbox', matrix: 'matrix' } as const;
  const questions = new Map<string, TQuestion>(
    surveyQuestions(assessmentV1).map((q) => [q.name, q]),
  );

  it.each(baselineEdition2022.questions.map((q) => [q.id, q] as const))(
    '%s: same type, option ids and row ids, in the same order, on its dimension page',
    (id, baseline) => {
      const question = questions.get(id);
      expect(question, `question ${id} is missing`).toBeDefined();
      if (!question) return;
      expect(question.type).toBe(KIND_TO_TYPE[baseline.kind]);
      const page = assessmentV1.definition.pages.find((p) => p.elements.includes(question));
      expect(page?.name).toBe(baseline.dimension);

      const optionIds = baseline.options.map((option) => option.id);
      if (question.type === 'matrix') {
        expect(values(question.columns)).toEqual(optionIds);
        expect(values(question.rows)).toEqual((baseline.rows ?? []).map((row) => row.id));
        expect(question.eachRowRequired).toBe(true);
      } else if (question.type === 'radiogroup' || question.type === 'checkbox') {
        expect(values(question.choices)).toEqual(optionIds);
        expect(baseline.rows).toBeUndefined();
      }
      if (question.type === 'checkbox') {
        expect(question.choices.map((c) => c.isExclusive ?? false)).toEqual(
          baseline.options.map((option) => option.exclusive ?? false),
        );
      }
    },
  );

  it('asks nothing else but the profile and the "other" detail', () => {
    const studyIds = new Set(baselineEdition2022.questions.map((q) => q.id));
    const extra = [...questions.keys()].filter((name) => !studyIds.has(name));
    expect(extra).toEqual([...PROFILE, 'automation_priorities_other']);
  });

  it('keeps "we do not really personalize" an exclusive choice', () => {
    const { question } = locate(assessmentV1, 'personalization_factors');
    expect(question.type === 'checkbox' && question.choices.at(-1)).toMatchObject({
      value: 'none',
      isExclusive: true,
    });
  });
});

describe('parseSurveyFile rejects a broken copy', () => {
  it('when a Korean text is missing', () => {
    const data = copy();
    const { path, question } = locate(data, 'personalization_factors');
    if (question.type !== 'checkbox') throw new Error('expected a checkbox');
    delete (question.choices[3]!.text as Partial<{ ko: string }>).ko;
    expect(errorOf(data)).toContain(`${path}.choices.3.text.ko: Required`);
  });

  it('when a page description is blank in English', () => {
    const data = copy();
    data.definition.pages[2]!.description.default = '  ';
    expect(errorOf(data)).toContain('definition.pages.2.description.default: must not be blank');
  });

  it('when a title is a plain string instead of a localized object', () => {
    const data = copy() as unknown as { definition: { title: unknown } };
    data.definition.title = 'Digital CX';
    expect(errorOf(data)).toMatch(/^definition\.title: /m);
  });

  it('when a question name repeats', () => {
    const data = copy();
    const { path, question } = locate(data, 'effort_ux_metrics');
    question.name = 'alignment_collaboration';
    expect(errorOf(data)).toContain(
      `${path}.name: duplicate question name "alignment_collaboration"`,
    );
  });

  it('when a choice value repeats', () => {
    const data = copy();
    const { path, question } = locate(data, 'automation_priorities');
    if (question.type !== 'checkbox') throw new Error('expected a checkbox');
    question.choices[11]!.value = 'translation';
    expect(errorOf(data)).toContain(
      `${path}.choices.11.value: duplicate choice value "translation"`,
    );
  });

  it('when a matrix row or column repeats', () => {
    const data = copy();
    const { path, question } = locate(data, 'brand_channels');
    if (question.type !== 'matrix') throw new Error('expected a matrix');
    question.rows[4]!.value = 'website';
    question.columns[2]!.value = 'no';
    const message = errorOf(data);
    expect(message).toContain(`${path}.rows.4.value: duplicate row value "website"`);
    expect(message).toContain(`${path}.columns.2.value: duplicate column value "no"`);
  });

  it('when a question type is unknown', () => {
    const data = copy();
    const { path, question } = locate(data, 'effort_ux_metrics');
    (question as { type: string }).type = 'dropdown';
    expect(errorOf(data)).toContain(`${path}.type: unknown question type`);
  });

  it('when a property is not part of the modelled subset', () => {
    const data = copy();
    const { path, question } = locate(data, 'alignment_collaboration');
    Object.assign(question, { isAllRowsRequired: true });
    expect(errorOf(data)).toContain(`${path}: Unrecognized key: "isAllRowsRequired"`);
  });

  it('when a radiogroup choice claims to be exclusive', () => {
    const data = copy();
    const { path, question } = locate(data, 'alignment_collaboration');
    if (question.type !== 'radiogroup') throw new Error('expected a radiogroup');
    Object.assign(question.choices[0]!, { isExclusive: true });
    expect(errorOf(data)).toContain(`${path}.choices.0: Unrecognized key: "isExclusive"`);
  });

  it('when a condition names an unknown question', () => {
    const data = copy();
    const { path, question } = locate(data, 'automation_priorities_other');
    question.visibleIf = "{automation_priority} contains 'other'";
    expect(errorOf(data)).toContain(`${path}.visibleIf: unknown question "automation_priority"`);
  });

  it('when the version is not kebab-case', () => {
    const data = copy();
    data.version = 'Digital CX v1';
    expect(errorOf(data)).toMatch(/^version: /m);
  });
});

describe('SurveyJS loads the definition', () => {
  it('with every page, in English by default and in Korean on request', () => {
    const model = new Model(structuredClone(file.definition));
    expect(model.pageCount).toBe(7);
    expect(model.getAllQuestions().map((q) => q.name)).toEqual(
      surveyQuestions(assessmentV1).map((q) => q.name),
    );

    const { question } = locate(assessmentV1, 'effort_tasks');
    const loaded = model.getQuestionByName('effort_tasks');
    expect(loaded.title).toBe(question.title.default);
    model.locale = 'ko';
    expect(loaded.title).toBe(question.title.ko);
    expect(model.title).toBe(assessmentV1.definition.title.ko);
  });

  it('clears the other factors when "none" is chosen for personalization', () => {
    const model = new Model(structuredClone(file.definition));
    const question = model.getQuestionByName('personalization_factors');
    question.value = ['account_data', 'sentiment'];
    const none = question.choices.find((c: { value: string }) => c.value === 'none');
    question.clickItemHandler(none, true);
    expect([...question.value]).toEqual(['none']);
  });

  it('shows the "other" detail only when "other" is chosen', () => {
    const model = new Model(structuredClone(file.definition));
    const detail = model.getQuestionByName('automation_priorities_other');
    expect(detail.isVisible).toBe(false);
    model.setValue('automation_priorities', ['chatbots', 'other']);
    expect(detail.isVisible).toBe(true);
  });
});
