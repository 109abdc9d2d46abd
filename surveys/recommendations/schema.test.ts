import { describe, expect, it } from 'vitest';
import file from './digital-cx-recommendations-v1.json' with { type: 'json' };
import { baselineEdition2022 } from '../baseline/index.ts';
import { SCORING_DIMENSION_IDS } from '../scoring/schema.ts';
import {
  checkTriggersAgainstBaseline,
  parseRecommendations,
  type TRecommendationSet,
} from './schema.ts';
import { recommendationsV1 } from './index.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** A deep, mutable copy of the real file to break. */
function copy(): TRecommendationSet {
  return structuredClone(file) as TRecommendationSet;
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the copy to be rejected');
}

function first(
  set: TRecommendationSet,
  predicate: (r: TRecommendationSet['recommendations'][number]) => boolean,
) {
  const found = set.recommendations.find(predicate);
  if (!found) throw new Error('no such recommendation');
  return found;
}

describe('digital-cx-recommendations-v1', () => {
  it('parses and fits the 2022 baseline', () => {
    expect(() =>
      checkTriggersAgainstBaseline(parseRecommendations(file), baselineEdition2022),
    ).not.toThrow();
    expect(recommendationsV1.baselineId).toBe(baselineEdition2022.id);
  });

  it('names only existing questions, rows and options in its triggers', () => {
    for (const { trigger } of recommendationsV1.recommendations) {
      if (!trigger) continue;
      const question = baselineEdition2022.questions.find((q) => q.id === trigger.questionId);
      expect(question, trigger.questionId).toBeDefined();
      const optionIds = question?.options.map((o) => o.id) ?? [];
      for (const optionId of trigger.optionIds) expect(optionIds).toContain(optionId);
      if (question?.kind === 'matrix') {
        expect(question.rows?.map((r) => r.id)).toContain(trigger.rowId);
      } else {
        expect(trigger.rowId).toBeUndefined();
      }
      if (trigger.notChosen) expect(question?.kind).toBe('multiple');
    }
  });

  it('has unique ids', () => {
    const ids = recommendationsV1.recommendations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has six to ten recommendations per dimension, general ones included', () => {
    for (const dimension of SCORING_DIMENSION_IDS) {
      const own = recommendationsV1.recommendations.filter((r) => r.dimension === dimension);
      expect(own.length, dimension).toBeGreaterThanOrEqual(6);
      expect(own.length, dimension).toBeLessThanOrEqual(10);
      expect(
        own.some((r) => !r.trigger),
        `${dimension} has a general fallback`,
      ).toBe(true);
      expect(own.filter((r) => r.trigger).length, dimension).toBeGreaterThanOrEqual(5);
    }
  });

  it('is written in both languages: English without Hangul, Korean with it', () => {
    for (const r of recommendationsV1.recommendations) {
      for (const field of [r.title, r.body, r.source]) {
        expect(field.en.trim(), r.id).not.toBe('');
        expect(field.en, r.id).not.toMatch(HANGUL);
        expect(field.ko, r.id).toMatch(HANGUL);
      }
      // Two or three sentences (English; the Korean may split one more).
      const sentences = (text: string): number =>
        text.split(/[.!?](?:\s|$)/).filter(Boolean).length;
      expect(sentences(r.body.en), r.id).toBeGreaterThanOrEqual(2);
      expect(sentences(r.body.en), r.id).toBeLessThanOrEqual(3);
      // 합니다체: every Korean sentence ends in -니다 or -십시오.
      for (const sentence of r.body.ko.split(/(?<=\.)\s+/)) {
        expect(sentence, r.id).toMatch(/(니다|십시오)\.$/);
      }
    }
  });

  it('quotes study figures whose percentage matches the count', () => {
    const en = /(\d+) of (\d+)(?: companies)? \((\d+)%\)/g;
    const ko = /(\d+)개 기업 중 (\d+)곳\((\d+)%\)/g;
    let checked = 0;
    for (const r of recommendationsV1.recommendations) {
      for (const [, count, n, percent] of r.body.en.matchAll(en)) {
        expect(Math.round((100 * Number(count)) / Number(n)), `${r.id}: ${count}/${n}`).toBe(
          Number(percent),
        );
        checked += 1;
      }
      for (const [, n, count, percent] of r.body.ko.matchAll(ko)) {
        expect(Math.round((100 * Number(count)) / Number(n)), `${r.id}: ${count}/${n}`).toBe(
          Number(percent),
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});

describe('parseRecommendations', () => {
  it('rejects duplicate ids', () => {
    const data = copy();
    const duplicate = structuredClone(data.recommendations[0]);
    if (duplicate) data.recommendations.push(duplicate);
    expect(errorOf(() => parseRecommendations(data))).toMatch(/duplicate id/);
  });

  it('rejects a missing or non-Korean translation', () => {
    const data = copy();
    const target = data.recommendations[0];
    if (target) target.body.ko = 'English only';
    expect(errorOf(() => parseRecommendations(data))).toMatch(/body\.ko: must be Korean text/);
  });

  it('rejects an unknown dimension and an empty trigger', () => {
    const data = structuredClone(file) as { recommendations: Record<string, unknown>[] };
    const target = data.recommendations[0];
    if (target) {
      target['dimension'] = 'loyalty';
      target['trigger'] = { questionId: 'alignment_collaboration', optionIds: [] };
    }
    const message = errorOf(() => parseRecommendations(data));
    expect(message).toMatch(/recommendations\.0\.dimension/);
    expect(message).toMatch(/recommendations\.0\.trigger\.optionIds/);
  });
});

describe('checkTriggersAgainstBaseline', () => {
  const check = (data: TRecommendationSet) =>
    errorOf(() => checkTriggersAgainstBaseline(parseRecommendations(data), baselineEdition2022));

  it('rejects unknown questions, rows and options', () => {
    const data = copy();
    first(data, (r) => r.id === 'alignment-joint-journey-map').trigger = {
      questionId: 'alignment_collab',
      optionIds: ['some'],
    };
    const row = first(data, (r) => r.id === 'brand-website');
    row.trigger = { questionId: 'brand_channels', rowId: 'fax', optionIds: ['no', 'maybe'] };
    const message = check(data);
    expect(message).toMatch(/no question "alignment_collab"/);
    expect(message).toMatch(/unknown row "fax"/);
    expect(message).toMatch(/unknown option "maybe"/);
  });

  it('requires a row exactly for matrix questions, and notChosen only for multiple choice', () => {
    const data = copy();
    first(data, (r) => r.id === 'brand-website').trigger = {
      questionId: 'brand_channels',
      optionIds: ['no'],
    };
    first(data, (r) => r.id === 'alignment-joint-journey-map').trigger = {
      questionId: 'alignment_collaboration',
      rowId: 'website',
      optionIds: ['some'],
      notChosen: true,
    };
    const message = check(data);
    expect(message).toMatch(/a matrix question needs a row/);
    expect(message).toMatch(/a single-choice question has no rows/);
    expect(message).toMatch(/only multiple-choice triggers can be notChosen/);
  });

  it('rejects a set written for another baseline', () => {
    const data = copy();
    data.baselineId = 'digital-cx-2023';
    expect(check(data)).toMatch(/baselineId: is not "digital-cx-2022"/);
  });
});
