import { describe, expect, it } from 'vitest';
import { DIMENSION_SUMMARIES } from '../lib/dimensions.ts';
import { PRIORITY_RULE_TEXT } from '../lib/benchmark/study-weights.ts';
import { LANGUAGES } from './languages.ts';
import { placeholders } from './fill.ts';
import { stringsWithPrefix, t, type TUiKey } from './ui-strings.ts';

const HANGUL = /[\uac00-\ud7a3]/;
/** Korean texts rightly without Hangul: the switches name the other language in it; a bare figure. */
/** Texts with no words of their own (a language name, or placeholders and punctuation only). */
const NO_HANGUL: readonly TUiKey[] = [
  'lang.switch',
  'assessment.switchLanguage',
  'study.caption',
  'report.summary.position',
  'report.summary.segmentGroup',
  'report.study.chosenShort',
  'report.agreement.count',
];

const english = stringsWithPrefix('en', '');
const korean = stringsWithPrefix('ko', '');

describe('t', () => {
  it('fills placeholders in either language', () => {
    expect(t('en', 'report.stage', { stage: 3, name: 'Defined' })).toBe('Stage 3 of 5: Defined');
    expect(t('ko', 'report.stage', { stage: 3, name: '정립' })).toBe('5단계 중 3단계: 정립');
  });
  it('leaves unknown placeholders visible rather than blank', () => {
    expect(t('en', 'report.stage', { stage: 2 })).toBe('Stage 2 of 5: {name}');
  });
});

describe('every interface text', () => {
  it('exists in every language, not empty', () => {
    for (const lang of LANGUAGES) {
      const texts = stringsWithPrefix(lang, '');
      expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(texts)) expect(text.trim(), key).not.toBe('');
    }
  });
  it('is Korean in Korean', () => {
    for (const [key, text] of Object.entries(korean)) {
      if (!NO_HANGUL.includes(key as TUiKey)) expect(text, key).toMatch(HANGUL);
    }
  });
  it('keeps every placeholder (every figure, year and n) in every language', () => {
    for (const [key, text] of Object.entries(english)) {
      expect(placeholders(korean[key as TUiKey] ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('texts kept beside their logic', () => {
  it('exist in Korean', () => {
    for (const summary of Object.values(DIMENSION_SUMMARIES)) expect(summary.ko).toMatch(HANGUL);
    expect(PRIORITY_RULE_TEXT.ko).toMatch(HANGUL);
  });
});
