/**
 * A scoring-model revision: a new model id that keeps an earlier model and
 * replaces whole dimensions of it. Texts and rules the revision does not touch
 * stay in one file (the earlier model's), so a correction there reaches every
 * model built on it; the resolved model is validated like any other.
 */
import { z } from 'zod';
import { ZKebabId, ZScoringDimension, type TScoringModel } from './schema.ts';

export const ZScoringRevision = z.strictObject({
  /** Id of the new model. */
  id: ZKebabId,
  /** Survey version whose answers the new model scores. */
  surveyVersion: ZKebabId,
  /** Id of the model it revises. */
  basedOn: ZKebabId,
  /** Why the model changed, for the record (the methodology page explains it to readers). */
  reason: z.string().min(1),
  /** Dimensions replaced whole, matched by id; the others are kept as they are. */
  dimensions: z.array(ZScoringDimension).min(1),
});
export type TScoringRevision = z.infer<typeof ZScoringRevision>;

/** The revised model, unvalidated (pass it to parseScoringModel); throws on a mismatch. */
export function applyScoringRevision(base: TScoringModel, json: unknown): unknown {
  const revision = ZScoringRevision.parse(json);
  if (revision.basedOn !== base.id) {
    throw new Error(`Revision ${revision.id} is based on ${revision.basedOn}, not ${base.id}`);
  }
  const replaced = new Map(revision.dimensions.map((dimension) => [dimension.id, dimension]));
  for (const id of replaced.keys()) {
    if (!base.dimensions.some((dimension) => dimension.id === id)) {
      throw new Error(`Revision ${revision.id} replaces unknown dimension ${id}`);
    }
  }
  return {
    id: revision.id,
    surveyVersion: revision.surveyVersion,
    stages: structuredClone(base.stages),
    dimensions: base.dimensions.map((dimension) =>
      structuredClone(replaced.get(dimension.id) ?? dimension),
    ),
  };
}
