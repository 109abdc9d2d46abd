import { describe, expect, it } from 'vitest';
import type { TAgreementResult } from '../api/consultant.ts';
import { agreementFlag } from './agreement-flag.ts';

const spread = (dimension: string, label: 'aligned' | 'partlyAligned' | 'divided') => ({
  dimension,
  kind: 'spread' as const,
  respondents: 3,
  min: 10,
  max: 60,
  adM: 20,
  label,
});
const pair = (dimension: string, aligned: boolean) => ({
  dimension,
  kind: 'pair' as const,
  respondents: 2 as const,
  aligned,
});
type TEntry = TAgreementResult & { dimension: string };

describe('agreementFlag', () => {
  it('names the divided dimensions first, leaving overall out', () => {
    const entries: TEntry[] = [
      spread('alignment', 'divided'),
      spread('brand', 'partlyAligned'),
      spread('effort', 'divided'),
      spread('overall', 'divided'),
    ];
    expect(agreementFlag(entries)).toEqual({
      kind: 'divided',
      dimensions: ['alignment', 'effort'],
    });
  });

  it('says partly aligned where none is divided, and aligned where all are', () => {
    expect(
      agreementFlag([spread('alignment', 'aligned'), spread('brand', 'partlyAligned')]),
    ).toEqual({
      kind: 'partly',
      dimensions: ['brand'],
    });
    expect(agreementFlag([spread('alignment', 'aligned'), spread('overall', 'divided')])).toEqual({
      kind: 'aligned',
    });
  });

  it('with two executives lists only the dimensions they are not aligned on', () => {
    expect(agreementFlag([pair('alignment', true), pair('brand', false)])).toEqual({
      kind: 'pair',
      apart: ['brand'],
    });
  });

  it('has nothing to say for one executive or none', () => {
    expect(agreementFlag([{ dimension: 'alignment', kind: 'none', respondents: 1 }])).toEqual({
      kind: 'none',
    });
    expect(agreementFlag([])).toEqual({ kind: 'none' });
  });
});
