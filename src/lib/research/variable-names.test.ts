import { describe, expect, it } from 'vitest';
import { abbreviate, columnNames, isValidVariableName, uniqueNames } from './variable-names.ts';

describe('isValidVariableName', () => {
  it('accepts names R, pandas, SPSS and Stata all accept', () => {
    for (const name of ['industry', 'score_alignment', 'a', 'x1', 'a'.repeat(32)]) {
      expect(isValidVariableName(name), name).toBe(true);
    }
  });

  it('refuses long names, bad characters, a leading digit or underscore, and reserved words', () => {
    for (const name of [
      'a'.repeat(33),
      '1a',
      '_a',
      'a-b',
      'a.b',
      '',
      '산업',
      'WITH',
      'if',
      'str12',
    ]) {
      expect(isValidVariableName(name), name).toBe(false);
    }
  });
});

describe('columnNames', () => {
  it('keeps <question>__<part> when every column of the question fits', () => {
    expect(columnNames('brand_channels', ['website', 'review_sites'])).toEqual([
      'brand_channels__website',
      'brand_channels__review_sites',
    ]);
  });

  it('abbreviates the question for all its columns when one is too long', () => {
    expect(abbreviate('personalization_factors')).toBe('pers_fact');
    expect(columnNames('personalization_factors', ['none', 'engagement_history'])).toEqual([
      'pers_fact__none',
      'pers_fact__engagement_history',
    ]);
  });

  it('cuts what is still too long to 32 characters without a trailing underscore', () => {
    const [name] = columnNames('q', ['a_very_long_option_identifier_that_goes_on_']);
    expect(name?.length).toBeLessThanOrEqual(32);
    expect(name?.endsWith('_')).toBe(false);
  });
});

describe('uniqueNames', () => {
  it('numbers repeats, ignoring case, within 32 characters', () => {
    const long = 'b'.repeat(32);
    expect(uniqueNames(['a', 'A', 'a', long, long])).toEqual([
      'a',
      'A_2',
      'a_3',
      long,
      `${'b'.repeat(30)}_2`,
    ]);
  });
});
