import { describe, expect, it } from 'vitest';
import { t } from './ui-strings.ts';

describe('t', () => {
  it('fills placeholders in either language', () => {
    expect(t('en', 'report.stage', { stage: 3, name: 'Defined' })).toBe('Stage 3 of 5: Defined');
    expect(t('ko', 'report.stage', { stage: 3, name: '정립' })).toBe('5단계 중 3단계: 정립');
  });
  it('leaves unknown placeholders visible rather than blank', () => {
    expect(t('en', 'report.stage', { stage: 2 })).toBe('Stage 2 of 5: {name}');
  });
});
