import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/ui-strings.ts';
import { rankPriorities } from './priorities.ts';
import { priorityLines } from './priority-wording.ts';
import { STUDY_WEAKNESS_WEIGHTS } from './study-weights.ts';

const STUDY = { year: 2022, sampleSize: 106 };
const read = (lines: ReturnType<typeof priorityLines>, lang: 'en' | 'ko') =>
  lines.map((line) => t(lang, line.key, line.values)).join(' ');

describe('priorityLines', () => {
  const [personalization] = rankPriorities({
    weights: STUDY_WEAKNESS_WEIGHTS,
    scores: { personalization: 35 },
    peerMedians: { personalization: 75 },
  });

  it('reads as a sentence: the target, the typical peer, and the study with its year and n', () => {
    const text = read(priorityLines(personalization!, STUDY), 'en');
    expect(text).toBe(
      'Score 35.0: 40.0 points below the target of 75. The typical peer scores 75.0, 40.0 points higher. ' +
        'In the 2022 study (n = 106), 90% of companies also struggled here (computed from its answer counts).',
    );
    expect(text).not.toMatch(/×|weight|gap/);
  });

  it('says so when the company is level with or ahead of its peers, and leaves peers out when hidden', () => {
    const [ahead] = rankPriorities({
      weights: STUDY_WEAKNESS_WEIGHTS,
      scores: { brand: 50 },
      peerMedians: { brand: 40 },
    });
    expect(read(priorityLines(ahead!, STUDY), 'en')).toContain(
      'The typical peer scores 40.0: you are level with it or ahead.',
    );
    const [hidden] = rankPriorities({ weights: STUDY_WEAKNESS_WEIGHTS, scores: { brand: 50 } });
    expect(priorityLines(hidden!, STUDY).map((line) => line.key)).toEqual([
      'report.priority.target',
      'report.priority.study',
    ]);
  });

  it('reads in Korean with the same figures', () => {
    const text = read(priorityLines(personalization!, STUDY), 'ko');
    expect(text).toContain('40.0점');
    expect(text).toContain('2022년 조사(n = 106)');
    expect(text).toContain('90%');
  });
});
