/**
 * The printed report's page margins: the company and date at the top of every
 * page, the brand opposite, the footer contact and "page / pages" at the
 * bottom, as CSS paged-media margin boxes. The text comes from the branding
 * hook (`ReportBrand`) and the owner's report; it is written into CSS strings
 * escaped so that no caller text can end the string or the rule.
 */
import { brandLogo, type TReportBrand } from './report-brand.ts';

/** A CSS string literal of `text`: quotes, backslashes and control characters escaped. */
export function cssString(text: string): string {
  let escaped = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === '\\' || char === '<' || code < 0x20 || code === 0x7f) {
      escaped += `\\${code.toString(16)} `;
    } else {
      escaped += char;
    }
  }
  return `"${escaped}"`;
}

/**
 * The @page rule with the margin boxes of a printed report. A consultant's
 * logo (a checked data: URL, see brandLogo) goes before their name on every
 * page; `poweredBy` (the product's name under a consultant's brand) sits small
 * at the bottom centre.
 */
export function printMarginsCss(
  brand: TReportBrand,
  company: string | null,
  date: string,
  poweredBy = '',
): string {
  const top = company ? `${company} · ${date}` : date;
  const logo = brandLogo(brand);
  // the logo as the box's background, 7 mm high whatever its size (up to about 5:1 wide before the name)
  const logoBox = logo
    ? ` background: url(${cssString(logo)}) no-repeat left center / auto 7mm; padding-left: 38mm;`
    : '';
  return [
    '@page {',
    `  @top-left { content: ${cssString(top)}; }`,
    `  @top-right { content: ${cssString(brand.name)};${logoBox} }`,
    `  @bottom-left { content: ${cssString(brand.footer)}; }`,
    ...(poweredBy
      ? [`  @bottom-center { content: ${cssString(poweredBy)}; font-size: 7pt; color: #555; }`]
      : []),
    '  @bottom-right { content: counter(page) " / " counter(pages); }',
    '}',
  ].join('\n');
}
