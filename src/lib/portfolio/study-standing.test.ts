import { describe, expect, it } from 'vitest';
import { baselineEdition2022 } from '../../../surveys/baseline/index.ts';
import { currentScoringModel } from '../../../surveys/scoring/index.ts';
import type { TAnswers } from '../../../surveys/assessment/index.ts';
import { compareWithStudy, scalePoints, studyFigures } from '../benchmark/study-comparison.ts';
import { studyStandings } from '../report/board-summary.ts';
import type { TAnswerCounts } from '../agreement/disagreements.ts';
import { countedStudyStandings } from './study-standing.ts';

const study = studyFigures(baselineEdition2022);
const points = scalePoints(currentScoringModel);
const dimensionOf = Object.fromEntries(study.questions.map((q) => [q.id, q.dimension]));
const ordinal = study.questions.filter((q) => q.kind === 'single' && q.ordinal);
const grid = study.questions.find((q) => q.kind === 'matrix')!;

/** The counts the database would give for these answers (single choices and one grid). */
function countsOf(all: TAnswers[]): TAnswerCounts {
  const counts: Record<string, Record<string, number | Record<string, number>>> = {};
  for (const answers of all) {
    for (const [question, answer] of Object.entries(answers)) {
      const target = (counts[question] ??= {});
      if (typeof answer === 'string') target[answer] = ((target[answer] as number) ?? 0) + 1;
      else if (!Array.isArray(answer))
        for (const [row, option] of Object.entries(answer)) {
          const byRow = (target[row] ??= {}) as Record<string, number>;
          byRow[option] = (byRow[option] ?? 0) + 1;
        }
    }
  }
  return counts;
}

/** An answer to every ordinal question and the grid: option `pick` of each (the last where fewer). */
function answersPicking(pick: number): TAnswers {
  const answers: TAnswers = {};
  for (const q of ordinal) {
    const options = q.options.filter((o) => !o.notApplicable);
    answers[q.id] = options[Math.min(pick, options.length - 1)]!.id;
  }
  const options = grid.options.filter((o) => !o.notApplicable);
  answers[grid.id] = Object.fromEntries(
    grid.distributions.map((d) => [d.rowId!, options[Math.min(pick, options.length - 1)]!.id]),
  );
  return answers;
}

describe('countedStudyStandings', () => {
  it("gives one organisation's answers, counted, exactly its own standing", () => {
    const answers = answersPicking(1);
    const own = studyStandings(compareWithStudy(study, answers, points), dimensionOf);
    const counted = countedStudyStandings(study, points, countsOf([answers]));
    expect(Object.keys(counted).length).toBeGreaterThanOrEqual(3);
    expect(counted).toEqual(own);
  });

  it('weighs each answer by how often it was given: two low answers and one high', () => {
    const [low, high] = [answersPicking(0), answersPicking(3)];
    const counted = countedStudyStandings(study, points, countsOf([low, low, high]));
    const byHand = studyStandings(
      [low, low, high].flatMap((answers) => compareWithStudy(study, answers, points)),
      dimensionOf,
    );
    expect(counted).toEqual(byHand);
    const lowOnly = countedStudyStandings(study, points, countsOf([low]));
    for (const [dimension, standing] of Object.entries(counted))
      expect(standing!.share, dimension).toBeGreaterThanOrEqual(lowOnly[dimension]!.share);
  });

  it('leaves out questions the study did not ask and multiple choices', () => {
    const counts = { not_a_study_question: { a: 3 }, ...countsOf([answersPicking(2)]) };
    expect(countedStudyStandings(study, points, counts)).toEqual(
      countedStudyStandings(study, points, countsOf([answersPicking(2)])),
    );
    const multiple = study.questions.find((q) => q.kind === 'multiple');
    if (multiple) {
      const only = { [multiple.id]: { [multiple.options[0]!.id]: 4 } };
      expect(countedStudyStandings(study, points, only)).toEqual({});
    }
  });
});
