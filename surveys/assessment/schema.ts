/**
 * Schema of an assessment file: a versioned SurveyJS definition, in English
 * (`default`) and Korean (`ko`).
 *
 * It models exactly the subset of SurveyJS the assessment uses, strictly, so a
 * typo in a property name or a missing translation fails the build instead of
 * silently showing an English fallback or a broken page.
 */
import { z } from 'zod';

/** `Required` when the value is missing altogether; zod's default message otherwise. */
function requiredMessage(issue: { input?: unknown }): string | undefined {
  return issue.input === undefined ? 'Required' : undefined;
}

const ZNonBlank = z
  .string({ error: requiredMessage })
  .refine((text) => text.trim().length > 0, 'must not be blank');

const ZId = z
  .string({ error: requiredMessage })
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'must be a lowercase snake_case id');

/** A string shown to respondents, in every language of the survey. */
export const ZLocalizedString = z.strictObject(
  {
    /** English (SurveyJS' default locale). */
    default: ZNonBlank,
    /** Korean. */
    ko: ZNonBlank,
  },
  { error: requiredMessage },
);
export type TLocalizedString = z.infer<typeof ZLocalizedString>;

/** An answer option: a radiogroup choice, or a matrix column or row. */
export const ZItem = z.strictObject({
  /** Stored value; for study questions, the baseline's option or row id. */
  value: ZId,
  /** Label shown to respondents. */
  text: ZLocalizedString,
});
export type TItem = z.infer<typeof ZItem>;

/** A checkbox choice, which may exclude every other one ("we do not personalize"). */
export const ZCheckboxItem = ZItem.extend({
  /** Selecting it clears the other choices, and selecting another clears it. */
  isExclusive: z.boolean().optional(),
});
export type TCheckboxItem = z.infer<typeof ZCheckboxItem>;

/** Properties every question has. */
const questionBase = {
  /** Answer key, unique in the survey; for study questions, the baseline question id. */
  name: ZId,
  /** The question as shown. */
  title: ZLocalizedString,
  /** Help text under the title. */
  description: ZLocalizedString.optional(),
  /** Whether an answer is needed to leave the page. */
  isRequired: z.boolean().optional(),
  /** SurveyJS expression; the question is shown only while it is true. */
  visibleIf: z.string().min(1).optional(),
};

/** Single choice. */
export const ZRadiogroupQuestion = z.strictObject({
  ...questionBase,
  /** Question type. */
  type: z.literal('radiogroup'),
  /** Columns the choices are laid out in. */
  colCount: z.int().min(0).max(5).optional(),
  /** Answer options, in display order. */
  choices: z.array(ZItem).min(2),
});
export type TRadiogroupQuestion = z.infer<typeof ZRadiogroupQuestion>;

/** Multiple choice. */
export const ZCheckboxQuestion = z.strictObject({
  ...questionBase,
  /** Question type. */
  type: z.literal('checkbox'),
  /** Columns the choices are laid out in. */
  colCount: z.int().min(0).max(5).optional(),
  /** Answer options, in display order. */
  choices: z.array(ZCheckboxItem).min(2),
});
export type TCheckboxQuestion = z.infer<typeof ZCheckboxQuestion>;

/** A single-choice matrix: one answer (column) per row. */
export const ZMatrixQuestion = z.strictObject({
  ...questionBase,
  /** Question type. */
  type: z.literal('matrix'),
  /** Every row needs an answer (SurveyJS' current name for `isAllRowRequired`). */
  eachRowRequired: z.boolean().optional(),
  /** Answer options, in display order. */
  columns: z.array(ZItem).min(2),
  /** Items each answered with one column, in display order. */
  rows: z.array(ZItem).min(1),
});
export type TMatrixQuestion = z.infer<typeof ZMatrixQuestion>;

/** Free text: `comment` is multi-line, `text` a single line. */
export const ZTextQuestion = z.strictObject({
  ...questionBase,
  /** Question type. */
  type: z.enum(['comment', 'text']),
  /** Longest answer accepted, in characters (500 when absent). */
  maxLength: z.int().positive().optional(),
});
export type TTextQuestion = z.infer<typeof ZTextQuestion>;

const QUESTION_TYPES = ['radiogroup', 'checkbox', 'matrix', 'comment', 'text'] as const;

/** Any question the assessment uses. */
export const ZQuestion = z.discriminatedUnion(
  'type',
  [ZRadiogroupQuestion, ZCheckboxQuestion, ZMatrixQuestion, ZTextQuestion],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown question type; expected one of ${QUESTION_TYPES.join(', ')}`
        : undefined,
  },
);
export type TQuestion = z.infer<typeof ZQuestion>;

/** One page of the survey. */
export const ZPage = z.strictObject({
  /** Page id: `profile` or a dimension id. */
  name: ZId,
  /** Heading of the page. */
  title: ZLocalizedString,
  /** One sentence on why the page matters. */
  description: ZLocalizedString,
  /** Questions, in display order. */
  elements: z.array(ZQuestion).min(1),
});
export type TPage = z.infer<typeof ZPage>;

/** Path and value of each item of `items` whose value occurs earlier in the list. */
function repeats(items: readonly { value: string }[]): { value: string; index: number }[] {
  const seen = new Set<string>();
  const found: { value: string; index: number }[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.value)) found.push({ value: item.value, index });
    seen.add(item.value);
  });
  return found;
}

/** The lists of options (and rows) a question has, by property name. */
function optionLists(question: TQuestion): [string, readonly { value: string }[]][] {
  switch (question.type) {
    case 'radiogroup':
    case 'checkbox':
      return [['choices', question.choices]];
    case 'matrix':
      return [
        ['columns', question.columns],
        ['rows', question.rows],
      ];
    default:
      return [];
  }
}

/** The SurveyJS JSON: survey-wide settings and the pages. */
export const ZSurveyDefinition = z
  .strictObject({
    /** Title of the survey. */
    title: ZLocalizedString,
    /** What the survey is, how long it takes and what answers are compared with. */
    description: ZLocalizedString,
    /** Where the progress bar is shown. */
    showProgressBar: z.enum(['off', 'top', 'bottom', 'both']),
    /** What the progress bar counts. */
    progressBarType: z.enum(['pages', 'questions', 'requiredQuestions', 'correctQuestions']),
    /** Whether questions are numbered. */
    showQuestionNumbers: z.enum(['on', 'off', 'onPage']),
    /** When answers are validated. */
    checkErrorsMode: z.enum(['onNextPage', 'onValueChanged', 'onComplete']),
    /** Where a question's error message is shown. */
    questionErrorLocation: z.enum(['top', 'bottom']),
    /** Pages, in order. */
    pages: z.array(ZPage).min(1),
  })
  .superRefine((definition, ctx) => {
    const issue = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message });
    };

    const pageNames = new Set<string>();
    const questionNames = new Set<string>();
    definition.pages.forEach((page, p) => {
      if (pageNames.has(page.name)) issue(['pages', p, 'name'], `duplicate page "${page.name}"`);
      pageNames.add(page.name);

      page.elements.forEach((question, q) => {
        const at = ['pages', p, 'elements', q];
        if (questionNames.has(question.name)) {
          issue([...at, 'name'], `duplicate question name "${question.name}"`);
        }
        questionNames.add(question.name);
        for (const [list, items] of optionLists(question)) {
          const what = list === 'rows' ? 'row' : list === 'columns' ? 'column' : 'choice';
          for (const { value, index } of repeats(items)) {
            issue([...at, list, index, 'value'], `duplicate ${what} value "${value}"`);
          }
        }
      });
    });

    // A condition may only name questions of the survey.
    definition.pages.forEach((page, p) => {
      page.elements.forEach((question, q) => {
        for (const [, name] of question.visibleIf?.matchAll(/\{([^}]+)\}/g) ?? []) {
          if (name !== undefined && !questionNames.has(name)) {
            issue(['pages', p, 'elements', q, 'visibleIf'], `unknown question "${name}"`);
          }
        }
      });
    });
  });
export type TSurveyDefinition = z.infer<typeof ZSurveyDefinition>;

/** An assessment file: a version id and the SurveyJS definition it names. */
export const ZSurveyFile = z.strictObject({
  /** Stored with every submission; a new version for any change to questions or options. */
  version: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
  /** The SurveyJS JSON. */
  definition: ZSurveyDefinition,
});
export type TSurveyFile = z.infer<typeof ZSurveyFile>;

/** Every question of the survey, in display order. */
export function surveyQuestions(file: TSurveyFile): TQuestion[] {
  return file.definition.pages.flatMap((page) => page.elements);
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}

/** Validates an assessment file; throws an Error listing every issue as `path: message`. */
export function parseSurveyFile(json: unknown): TSurveyFile {
  const parsed = ZSurveyFile.safeParse(json);
  if (!parsed.success) throw new Error(`Invalid assessment survey:\n${formatIssues(parsed.error)}`);
  return parsed.data;
}
