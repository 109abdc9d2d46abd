import { describe, expect, it } from 'vitest';
import { baselineEdition2022 } from '../../../surveys/baseline/index.ts';
import { scoringModelV2 } from '../../../surveys/scoring/index.ts';
import type { TGapTargetingItem } from '../../../surveys/scoring/schema.ts';
import { AUTOMATION_RULE, automationRuleText, type TRuleValues } from './automation-rule.ts';

const HANGUL = /[\uac00-\ud7a3]/;
const ITEM = scoringModelV2.dimensions[5]!.items[0] as TGapTargetingItem;
const counts = baselineEdition2022.questions.find((q) => q.id === 'automation_priorities')!
  .distributions[0]!.counts;
const VALUES: TRuleValues = {
  item: ITEM,
  model: 'digital-cx-scoring-v2',
  previousModel: 'digital-cx-scoring-v1',
  previousSurvey: 'digital-cx-v1',
  study: {
    year: 2022,
    n: 106,
    automationChoices: Object.values(counts).reduce((sum, count) => sum + count, 0),
  },
};

/** Every {en, ko} pair of the section. */
function pairs(): { en: string; ko: string }[] {
  const found: { en: string; ko: string }[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if ('en' in value && 'ko' in value) found.push(value as { en: string; ko: string });
      else Object.values(value).forEach(walk);
    }
  };
  walk(AUTOMATION_RULE);
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the methodology section on the automation rule', () => {
  it('has every text in English and Korean, with the same placeholders', () => {
    expect(pairs().length).toBeGreaterThan(20);
    for (const { en, ko } of pairs()) {
      expect(ko, en).toMatch(HANGUL);
      expect(placeholders(ko), en).toEqual(placeholders(en));
    }
  });

  it('fills every placeholder from the model and the study, in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const text = automationRuleText(lang, VALUES);
      const all = JSON.stringify({ ...text, untargeted: '' });
      expect(all).not.toMatch(/\{\w+\}/);
      expect(all).toContain('4.3');
      expect(all).toContain('457');
    }
    expect(automationRuleText('en', VALUES).untargeted).toContain('{dimensions}');
  });

  it('says only what the constants make true', () => {
    // "a list of {focusLimit} is a typical list and one more"
    const mean = VALUES.study.automationChoices / VALUES.study.n;
    expect(ITEM.focusLimit).toBe(Math.round(mean) + 1);
    // "one stage" is both the aim band and the lead limit
    const stageWidths = scoringModelV2.stages
      .slice(1)
      .map((s, i) => s.minScore - scoringModelV2.stages[i]!.minScore);
    expect(new Set(stageWidths)).toEqual(new Set([ITEM.aimBand]));
    expect(ITEM.leadLimit).toBe(ITEM.aimBand);
    // "with every other dimension at 20 or less … stage 3 at most"
    expect(20 + ITEM.leadLimit).toBeLessThan(scoringModelV2.stages[3]!.minScore);
  });
});
