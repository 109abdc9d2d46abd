/**
 * A survey revision: a new version that asks everything an earlier version
 * asks, plus new choices. Texts stay in the earlier version's file, so a
 * correction there reaches every version built on it. The revision is data
 * (validated here); applying it is revised-survey.ts, free of zod for the
 * browser.
 */
import { z } from 'zod';
import { ZCheckboxItem } from './schema.ts';

const ZVersion = z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens');

/** A choice added at the end of a multiple-choice question. */
export const ZAddedChoice = z.strictObject({
  /** Name of the checkbox question it joins. */
  question: z.string().min(1),
  /** The choice. */
  choice: ZCheckboxItem,
  /** Whether the 2022 study offered it; false for the instrument's own additions. */
  inStudy: z.boolean(),
});
export type TAddedChoice = z.infer<typeof ZAddedChoice>;

export const ZSurveyRevision = z.strictObject({
  /** The new version id. */
  version: ZVersion,
  /** The version it revises. */
  basedOn: ZVersion,
  /** Why the version changed, for the record. */
  reason: z.string().min(1),
  /** Choices added, each at the end of its question. */
  addChoices: z.array(ZAddedChoice).min(1),
});
export type TSurveyRevision = z.infer<typeof ZSurveyRevision>;

/** Validates a revision file; throws an Error naming the first problem. */
export function parseSurveyRevision(json: unknown): TSurveyRevision {
  const parsed = ZSurveyRevision.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new Error(`Invalid survey revision: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
