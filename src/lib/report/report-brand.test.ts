import { describe, expect, it } from 'vitest';
import { stringsWithPrefix } from '../../i18n/ui-strings.ts';
import { brandLogo, brandStyle, PRODUCT_ACCENT, productBrand } from './report-brand.ts';

describe('productBrand', () => {
  it('names the product from the strings the report island receives, in both languages', () => {
    expect(productBrand(stringsWithPrefix('en', 'report.')).name).toBe('Digital CX Benchmark');
    expect(productBrand(stringsWithPrefix('ko', 'report.')).name).toBe('디지털 CX 벤치마크');
  });
});

describe('brandStyle', () => {
  const brand = productBrand(stringsWithPrefix('en', 'report.'));
  it('sets the accent of a #rrggbb colour', () => {
    expect(brandStyle({ ...brand, accent: '#1A2b3c' })).toBe('--report-accent: #1A2b3c');
  });
  it('falls back to the product accent for anything else, so no CSS can be injected', () => {
    expect(brandStyle({ ...brand, accent: 'red; background: url(x)' })).toBe(
      `--report-accent: ${PRODUCT_ACCENT}`,
    );
    expect(brand.logo).toBeNull();
  });
});

describe('brandLogo', () => {
  const brand = productBrand(stringsWithPrefix('en', 'report.'));
  it('keeps an inline PNG, JPEG or WebP image', () => {
    for (const type of ['png', 'jpeg', 'webp']) {
      const logo = `data:image/${type};base64,iVBORw0KGgo=`;
      expect(brandLogo({ ...brand, logo })).toBe(logo);
    }
  });
  it('refuses SVG, remote addresses, script and anything that is not plain base64', () => {
    for (const logo of [
      'data:image/svg+xml;base64,PHN2Zz4=',
      'https://example.com/logo.png',
      'javascript:alert(1)',
      'data:image/png;base64,iVBOR w0K"onerror=alert(1)',
      'data:text/html;base64,PGh0bWw+',
    ]) {
      expect(brandLogo({ ...brand, logo }), logo).toBeNull();
    }
    expect(brandLogo(brand)).toBeNull();
  });
});
