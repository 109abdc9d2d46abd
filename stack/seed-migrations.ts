/**
 * Seed migrations generated from the validated data files in surveys/, so
 * those files stay the one source of truth and the migrations deploy
 * unchanged to hosted Supabase. A test keeps the committed files in step.
 */
import {
  assessmentV1Spec,
  assessmentV2Spec,
  type TAnswerSpec,
} from '../surveys/assessment/index.ts';
import { baselineEdition2022 } from '../surveys/baseline/index.ts';
import { scoringModelV1, scoringModelV2, type TScoringModel } from '../surveys/scoring/index.ts';

export type TSeedMigration = { file: string; sql: string };

/** A JSON value as a dollar-quoted jsonb literal. */
export function jsonLiteral(value: unknown, tag: string): string {
  const json = JSON.stringify(value, null, 2);
  const quote = `$${tag}$`;
  if (json.includes(quote)) throw new Error(`The data contains ${quote}`);
  return `${quote}${json}${quote}::jsonb`;
}

const header = (what: string) =>
  [
    `-- Seed: ${what}.`,
    '-- Generated from surveys/ by `npm run db:seeds`; do not edit by hand.',
    '',
  ].join('\n');

/** The seed of one survey version: its answer spec and the scoring model of its responses. */
function surveySeed(file: string, spec: TAnswerSpec, model: TScoringModel): TSeedMigration {
  return {
    file,
    sql: `${header(`survey version ${spec.version}: its answer spec and scoring model ${model.id}`)}
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
    surveySeed('20261123001000_seed_survey_digital_cx_v1.sql', assessmentV1Spec, scoringModelV1),
    surveySeed('20261202001200_seed_survey_digital_cx_v2.sql', assessmentV2Spec, scoringModelV2),
  ];
}
