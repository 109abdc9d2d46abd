import { describe, expect, it } from 'vitest';
import { currentAssessment } from '../../../surveys/assessment/index.ts';
import { t } from '../../i18n/ui-strings.ts';
import { estimatedMinutes, READING_WORDS_PER_MINUTE, SECONDS_PER_ANSWER } from './duration.ts';

describe('estimatedMinutes', () => {
  it('adds reading time and answering time, rounded up', () => {
    const { minutes, words, answers } = estimatedMinutes(currentAssessment);
    expect(words).toBeGreaterThan(500);
    expect(answers).toBeGreaterThan(30);
    const exact = words / READING_WORDS_PER_MINUTE + (answers * SECONDS_PER_ANSWER) / 60;
    expect(minutes).toBe(Math.ceil(exact));
    expect(minutes).toBeLessThan(15); // the old claim overstated it
  });

  it('is what the pages say, in both languages', () => {
    const { minutes } = estimatedMinutes(currentAssessment);
    expect(t('en', 'assessment.lead', { minutes })).toContain(`About ${minutes} minutes`);
    expect(t('ko', 'assessment.lead', { minutes })).toContain(`약 ${minutes}분`);
    expect(t('en', 'home.lead', { minutes, n: 106 })).toContain(`${minutes}-minute`);
  });
});
