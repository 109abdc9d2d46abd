import { describe, expect, it } from 'vitest';
import { stringsWithPrefix } from '../../i18n/ui-strings.ts';
import { productBrand } from './report-brand.ts';

describe('productBrand', () => {
  it('names the product from the strings the report island receives, in both languages', () => {
    expect(productBrand(stringsWithPrefix('en', 'report.')).name).toBe('Digital CX Benchmark');
    expect(productBrand(stringsWithPrefix('ko', 'report.')).name).toBe('디지털 CX 벤치마크');
  });
});
