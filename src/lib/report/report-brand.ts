/**
 * The one place the report's branding comes from: logo, name, accent colour
 * and footer contact. The product's own brand by default; a consultant's
 * workspace (issue 15) will supply its own here, and the layout reads only this.
 */
import type { TUiStrings } from '../../i18n/ui-strings.ts';
import type { TReportBrand } from './print-margins.ts';

/** The product's accent (the site's --accent). */
export const PRODUCT_ACCENT = '#0b5cad';

/** The product's own brand, in the page's language (the island's strings carry 'report.brand'). */
export function productBrand(strings: TUiStrings): TReportBrand {
  return { name: strings['report.brand'] ?? '', footer: '', logo: null, accent: PRODUCT_ACCENT };
}

/** The custom properties a branded report's root element sets (only a #rrggbb accent is used). */
export function brandStyle(brand: TReportBrand): string {
  const accent = /^#[0-9a-f]{6}$/i.test(brand.accent) ? brand.accent : PRODUCT_ACCENT;
  return `--report-accent: ${accent}`;
}
