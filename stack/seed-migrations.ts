/**
 * Seed migrations generated from the validated data files in surveys/, so
 * those files stay the one source of truth and the migrations deploy
 * unchanged to hosted Supabase. A test keeps the committed files in step.
 *
 * A migration that has landed never changes: databases have applied it. When a
 * data file changes, its seed gets a new file name (a later timestamp) that
 * loads the data again (the loaders replace what they find), and the old file
 * moves to SUPERSEDED_SEEDS, checked by its SHA-256 instead of regenerated.
 */
import {
  assessmentV1Spec,
  assessmentV2Spec,
  type TAnswerSpec,
} from '../surveys/assessment/index.ts';
import { baselineEdition2022 } from '../surveys/baseline/index.ts';
import { scoringModelV1, scoringModelV2, type TScoringModel } from '../surveys/scoring/index.ts';

export type TSeedMigration = { file: string; sql: string };

/** Seed migrations replaced by a later one after their data changed: file name → SHA-256. */
export const SUPERSEDED_SEEDS: Readonly<Record<string, string>> = {
  '20261123001000_seed_survey_digital_cx_v1.sql':
    '45640fc18a9c018755f25f898a54ed174adcca5483ba5410a47527c6fe2f20ae',
};

/** A JSON value as a dollar-quoted jsonb literal. */
export function jsonLiteral(value: unknown, tag: string): string {
  const json = JSON.stringify(value, null, 2);
  const quote = `$${tag}$`;
  if (json.includes(quote)) throw new Error(`The data contains ${quote}`);
  return `${quote}${json}${quote}::jsonb`;
}

const header = (what: string, why?: string) =>
  [
    `-- Seed: ${what}.`,
    ...(why ? [`-- Loaded again: ${why}.`] : []),
    '-- Generated from surveys/ by `npm run db:seeds`; do not edit by hand.',
    '',
  ].join('\n');

/** The seed of one survey version: its answer spec and the scoring model of its responses. */
function surveySeed(
  file: string,
  spec: TAnswerSpec,
  model: TScoringModel,
  why?: string,
): TSeedMigration {
  return {
    file,
    sql: `${header(`survey version ${spec.version}: its answer spec and scoring model ${model.id}`, why)}
select private.load_survey_version(
  '${spec.version}',
  ${jsonLiteral(spec, 'spec')},
  ${jsonLiteral(model, 'model')}
);
`,
  };
}

export function seedMigrations(): TSeedMigration[] {
  const edition = baselineEdition2022;
  return [
    {
      file: '20261123000400_seed_baseline_digital_cx_2022.sql',
      sql: `${header(`research baseline edition ${edition.id} (${edition.title}, ${edition.year}, n = ${edition.sampleSize})`)}
select private.load_baseline_edition(${jsonLiteral(edition, 'baseline')});
`,
    },
    surveySeed('20261202001200_seed_survey_digital_cx_v2.sql', assessmentV2Spec, scoringModelV2),
    surveySeed(
      '20261202001300_reseed_survey_digital_cx_v1_texts.sql',
      assessmentV1Spec,
      scoringModelV1,
      "the scoring model's texts: one Korean terminology, and stage texts that cite the 2022 study with its year and n (issue 11)",
    ),
  ];
}
