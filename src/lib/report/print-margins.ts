/**
 * The printed report's page margins: the company and date at the top of every
 * page, the brand opposite, the footer contact and "page / pages" at the
 * bottom, as CSS paged-media margin boxes. The text comes from the branding
 * hook (`ReportBrand`) and the owner's report; it is written into CSS strings
 * escaped so that no caller text can end the string or the rule.
 */

/** Who the report is branded for: the product by default, a consultant later (issue 15). */
export type TReportBrand = {
  /** Shown on the cover and opposite the company on every printed page. */
  name: string;
  /** A line at the foot of every printed page; empty for none. */
  footer: string;
  /** The logo's address (a data: URL of a checked image), or null for none. */
  logo: string | null;
  /** The colour of headings, rules and the organisation's marks: a #rrggbb colour. */
  accent: string;
};

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

/** The @page rule with the margin boxes of a printed report. */
export function printMarginsCss(brand: TReportBrand, company: string | null, date: string): string {
  const top = company ? `${company} · ${date}` : date;
  return [
    '@page {',
    `  @top-left { content: ${cssString(top)}; }`,
    `  @top-right { content: ${cssString(brand.name)}; }`,
    `  @bottom-left { content: ${cssString(brand.footer)}; }`,
    '  @bottom-right { content: counter(page) " / " counter(pages); }',
    '}',
  ].join('\n');
}
