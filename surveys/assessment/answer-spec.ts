/**
 * What a submission of an assessment must look like, derived from its SurveyJS
 * definition: the answer keys, their types, the allowed option ids and which
 * answers are required. The database stores the spec with the version so it can
 * validate submissions without knowing SurveyJS.
 */
import { z } from 'zod';
import { surveyQuestions, type TQuestion, type TSurveyFile } from './schema.ts';

/** Longest free-text answer when a question sets no `maxLength`. */
export const DEFAULT_TEXT_MAX_LENGTH = 500;

const ZOptionIds = z.array(z.string().min(1));

/** A single-choice question (radiogroup). */
export const ZSingleSpec = z.strictObject({
  /** Answer type: one option id. */
  type: z.literal('single'),
  /** Allowed option ids, in display order. */
  options: ZOptionIds.min(1),
  /** Whether a submission must answer it. */
  required: z.boolean(),
});

/** A multiple-choice question (checkbox). */
export const ZMultipleSpec = z.strictObject({
  /** Answer type: a list of distinct option ids. */
  type: z.literal('multiple'),
  /** Allowed option ids, in display order. */
  options: ZOptionIds.min(1),
  /** Options that must be the only one chosen. */
  exclusive: ZOptionIds,
  /** Whether a submission must choose at least one option. */
  required: z.boolean(),
});

/** A single-choice matrix: one column per row. */
export const ZMatrixSpec = z.strictObject({
  /** Answer type: an object mapping row ids to column ids. */
  type: z.literal('matrix'),
  /** Row ids, in display order. */
  rows: ZOptionIds.min(1),
  /** Allowed column (option) ids, in display order. */
  columns: ZOptionIds.min(1),
  /** Whether a submission must answer every row. */
  required: z.boolean(),
});

/** A free-text question (comment or text). */
export const ZTextSpec = z.strictObject({
  /** Answer type: a non-blank string. */
  type: z.literal('text'),
  /** Longest answer accepted, in characters. */
  maxLength: z.int().positive(),
  /** Whether a submission must answer it. */
  required: z.boolean(),
});

/** What one question accepts. */
export const ZQuestionSpec = z.discriminatedUnion('type', [
  ZSingleSpec,
  ZMultipleSpec,
  ZMatrixSpec,
  ZTextSpec,
]);
export type TQuestionSpec = z.infer<typeof ZQuestionSpec>;

/** What a submission of one survey version may contain. */
export const ZAnswerSpec = z.strictObject({
  /** The survey version the spec was derived from. */
  version: z.string().regex(/^[a-z0-9-]+$/),
  /** Every question, keyed by its name (the answer key). */
  questions: z.record(z.string(), ZQuestionSpec),
});
export type TAnswerSpec = z.infer<typeof ZAnswerSpec>;

/** A submission's answers, keyed by question name. */
export type TAnswers = Record<string, string | string[] | Record<string, string>>;

function questionSpec(question: TQuestion): TQuestionSpec {
  const required = question.isRequired ?? false;
  switch (question.type) {
    case 'radiogroup':
      return { type: 'single', options: question.choices.map((c) => c.value), required };
    case 'checkbox':
      return {
        type: 'multiple',
        options: question.choices.map((c) => c.value),
        exclusive: question.choices.filter((c) => c.isExclusive).map((c) => c.value),
        required,
      };
    case 'matrix':
      return {
        type: 'matrix',
        rows: question.rows.map((r) => r.value),
        columns: question.columns.map((c) => c.value),
        required,
      };
    case 'comment':
    case 'text':
      return { type: 'text', maxLength: question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH, required };
  }
}

/** Derives the answer spec of a (validated) survey file. */
export function answerSpec(file: TSurveyFile): TAnswerSpec {
  return ZAnswerSpec.parse({
    version: file.version,
    questions: Object.fromEntries(
      surveyQuestions(file).map((question) => [question.name, questionSpec(question)]),
    ),
  });
}

/** `Required` when the answer is missing; zod's default message otherwise. */
function requiredMessage(issue: { input?: unknown }): string | undefined {
  return issue.input === undefined ? 'Required' : undefined;
}

/** The schema of one answer; issue paths are relative to the answer. */
function answerSchema(spec: TQuestionSpec): z.ZodType {
  switch (spec.type) {
    case 'single': {
      const schema = z
        .string({ error: requiredMessage })
        .refine((value) => spec.options.includes(value), {
          error: (issue) => `unknown option ${JSON.stringify(issue.input)}`,
        });
      return spec.required ? schema : schema.optional();
    }
    case 'multiple': {
      const schema = z.array(z.string(), { error: requiredMessage }).superRefine((values, ctx) => {
        values.forEach((value, index) => {
          if (!spec.options.includes(value)) {
            ctx.addIssue({ code: 'custom', path: [index], message: `unknown option "${value}"` });
          } else if (values.indexOf(value) !== index) {
            ctx.addIssue({ code: 'custom', path: [index], message: `duplicate option "${value}"` });
          }
        });
        for (const exclusive of spec.exclusive) {
          if (values.includes(exclusive) && values.some((value) => value !== exclusive)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${exclusive}" excludes every other option`,
            });
          }
        }
        if (spec.required && values.length === 0) {
          ctx.addIssue({ code: 'custom', message: 'choose at least one option' });
        }
      });
      return spec.required ? schema : schema.optional();
    }
    case 'matrix': {
      const schema = z
        .record(z.string(), z.string(), { error: requiredMessage })
        .superRefine((answers, ctx) => {
          for (const [row, column] of Object.entries(answers)) {
            if (!spec.rows.includes(row)) {
              ctx.addIssue({ code: 'custom', path: [row], message: `unknown row "${row}"` });
            } else if (!spec.columns.includes(column)) {
              ctx.addIssue({ code: 'custom', path: [row], message: `unknown option "${column}"` });
            }
          }
          if (spec.required) {
            for (const row of spec.rows.filter((r) => !Object.hasOwn(answers, r))) {
              ctx.addIssue({ code: 'custom', path: [row], message: 'Required' });
            }
          }
        });
      return spec.required ? schema : schema.optional();
    }
    case 'text': {
      const schema = z
        .string({ error: requiredMessage })
        .max(spec.maxLength)
        .refine((text) => text.trim().length > 0, 'must not be blank');
      return spec.required ? schema : schema.optional();
    }
  }
}

/**
 * The schema of a submission's answers: no unknown question, the right type and
 * known options for each answer, exclusive options alone, and every required
 * question (every row of a required matrix) answered. Issue paths start with the
 * question name (then the row of a matrix, or the index in a multiple choice).
 */
export function answersSchema(spec: TAnswerSpec): z.ZodType<TAnswers> {
  const questions = new Map(
    Object.entries(spec.questions).map(([name, question]) => [name, answerSchema(question)]),
  );
  return z
    .record(z.string(), z.unknown())
    .superRefine((answers, ctx) => {
      for (const name of Object.keys(answers)) {
        if (!questions.has(name)) {
          ctx.addIssue({ code: 'custom', path: [name], message: `unknown question "${name}"` });
        }
      }
      for (const [name, schema] of questions) {
        const parsed = schema.safeParse(Object.hasOwn(answers, name) ? answers[name] : undefined);
        for (const issue of parsed.error?.issues ?? []) {
          ctx.addIssue({ code: 'custom', path: [name, ...issue.path], message: issue.message });
        }
      }
    })
    .transform((answers) => answers as TAnswers);
}
