/**
 * Proposed recoding hierarchies for the research file's quasi-identifiers, and
 * the labels of the coarser values they introduce (the codebook lists them as
 * extra categories). A product decision to review: industry and business model
 * have none, so they are only ever suppressed.
 */
import type { THierarchy } from './generalisation.ts';

/** The quasi-identifiers, most important first (local-suppression.ts suppresses the last first). */
export const QUASI_IDENTIFIERS = ['industry', 'company_size', 'region', 'business_model'] as const;
export type TQuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];

/** A value introduced by recoding, with its labels. */
export type TGeneralisedValue = { value: string; label: { en: string; ko: string } };

/** Levels per quasi-identifier, finest first. */
export const QUASI_IDENTIFIER_HIERARCHIES: Partial<Record<TQuasiIdentifier, THierarchy>> = {
  company_size: [
    {
      size_1_49: 'size_1_249',
      size_50_249: 'size_1_249',
      size_1000_4999: 'size_1000_plus',
      size_5000_plus: 'size_1000_plus',
    },
    { size_250_999: 'size_250_plus', size_1000_plus: 'size_250_plus' },
  ],
  region: [
    { latin_america: 'other_regions', middle_east_africa: 'other_regions' },
    {
      japan: 'outside_korea',
      china: 'outside_korea',
      asia_pacific_other: 'outside_korea',
      north_america: 'outside_korea',
      europe: 'outside_korea',
      other_regions: 'outside_korea',
    },
  ],
};

/** Labels of the values the hierarchies introduce, per quasi-identifier, in level order. */
export const GENERALISED_VALUES: Partial<Record<TQuasiIdentifier, readonly TGeneralisedValue[]>> = {
  company_size: [
    { value: 'size_1_249', label: { en: '1–249', ko: '1~249명' } },
    { value: 'size_1000_plus', label: { en: '1,000 or more', ko: '1,000명 이상' } },
    { value: 'size_250_plus', label: { en: '250 or more', ko: '250명 이상' } },
  ],
  region: [
    {
      value: 'other_regions',
      label: { en: 'Latin America, Middle East or Africa', ko: '중남미, 중동 또는 아프리카' },
    },
    { value: 'outside_korea', label: { en: 'Outside South Korea', ko: '대한민국 외' } },
  ],
};
