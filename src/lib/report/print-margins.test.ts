import { describe, expect, it } from 'vitest';
import { cssString, printMarginsCss } from './print-margins.ts';
import type { TReportBrand } from './report-brand.ts';

const BRAND: TReportBrand = { name: '', footer: '', logo: null, accent: '#0b5cad' };

describe('cssString', () => {
  it('keeps plain text, Korean included', () => {
    expect(cssString('Acme 보험 · 2026-12-02')).toBe('"Acme 보험 · 2026-12-02"');
  });

  it('escapes what could end the string, the rule or the style element', () => {
    const hostile = '"; } body { display: none } /* \\ </style><script>alert(1)</script>\n';
    const css = cssString(hostile);
    expect(css.slice(1, -1)).not.toMatch(/["<\n]|\\(?![0-9a-f]+ )/);
    expect(css).toContain('\\22 ');
    expect(css).toContain('\\3c ');
    expect(css).toContain('\\a ');
    expect(css).toContain('\\5c ');
  });
});

describe('printMarginsCss', () => {
  it('puts the company and date, the brand, the footer and the page number in the margins', () => {
    const css = printMarginsCss({ ...BRAND, name: 'Digital CX Benchmark' }, 'Acme', '2026-12-02');
    expect(css).toContain('@top-left { content: "Acme · 2026-12-02"; }');
    expect(css).toContain('@top-right { content: "Digital CX Benchmark"; }');
    expect(css).toContain('@bottom-right { content: counter(page) " / " counter(pages); }');
  });

  it('shows the date alone when the company gave no name', () => {
    expect(printMarginsCss({ ...BRAND, name: 'B' }, null, '2026-12-02')).toContain(
      '@top-left { content: "2026-12-02"; }',
    );
  });

  it("sets a consultant's checked logo beside their name, and the product's powered-by line", () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const css = printMarginsCss(
      { ...BRAND, name: 'Acme', logo },
      null,
      '2026-12-02',
      'Powered by X',
    );
    expect(css).toContain(`@top-right { content: "Acme"; background: url("${logo}")`);
    expect(css).toContain('@bottom-center { content: "Powered by X";');
  });

  it('draws no logo that is not a checked image, and no powered-by line for the product itself', () => {
    const css = printMarginsCss(
      { ...BRAND, name: 'Acme', logo: 'https://evil.example/x.png' },
      null,
      '2026-12-02',
    );
    expect(css).not.toContain('url(');
    expect(css).not.toContain('@bottom-center');
  });
});
