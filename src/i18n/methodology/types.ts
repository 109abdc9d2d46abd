/**
 * The shape of the methodology page's text, one object per language (en.ts,
 * ko.ts). Texts may carry `{placeholders}` (filled from the scoring model and
 * the study, see lib/methodology/methodology-values.ts) and the inline markup
 * of ../rich-text.ts. A test keeps the languages in step: same sections in the
 * same order, same blocks, same placeholders.
 */

/** Parts of the page drawn from the scoring model or the study, not from text. */
export type TMethodologyPart =
  | 'citation'
  | 'dimensionTables'
  | 'unscoredQuestions'
  | 'automationRule'
  | 'stagesTable'
  | 'priorityRule';

/** One block of a section, in page order. */
export type TMethodologyBlock =
  | { p: string }
  | { ul: string[] }
  | { ol: string[] }
  /** A sub-heading; `id` makes it a link target (the same in every language). */
  | { h3: string; id?: string }
  | { part: TMethodologyPart };

/** One `<section>` with an `<h2>`; `id` is the same in every language (anchors, tests). */
export type TMethodologySection = {
  id: string;
  heading: string;
  blocks: TMethodologyBlock[];
};

export type TMethodologyText = {
  title: string;
  description: string;
  heading: string;
  intro: string;
  /** The page, top to bottom. Add a section here and at the same place in every language. */
  sections: TMethodologySection[];
  /** Words of the tables the model fills in. */
  tables: {
    dimensionCaption: string;
    question: string;
    weight: string;
    rule: string;
    points: string;
    rows: string;
    rowSeparator: string;
    targetingLink: string;
    ruleOf: {
      single: string;
      matrix: string;
      multiple_depth: string;
      multiple_targeting: string;
    };
    pointsValue: string;
    notCounted: string;
    itemScoresZero: string;
    unscoredHeading: string;
    unscoredNote: string;
    listJoin: string;
    stagesCaption: string;
    stage: string;
    score: string;
    looksLike: string;
    stageName: string;
    range: string;
    rangeLast: string;
  };
};
