/**
 * The one place the report's branding comes from: logo, name, accent colour
 * and footer contact. The product's own brand by default; a consultant's
 * workspace (issue 15) supplies its own here, and the layout reads only this.
 */
import type { TUiStrings } from '../../i18n/ui-strings.ts';

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

/** Logos the report shows: an image's bytes inline, PNG, JPEG or WebP only (never SVG, never a remote address). */
const LOGO_DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The product's accent (the site's --accent). */
export const PRODUCT_ACCENT = '#0b5cad';

/** The product's own brand, in the page's language (the island's strings carry 'report.brand'). */
export function productBrand(strings: TUiStrings): TReportBrand {
  return { name: strings['report.brand'] ?? '', footer: '', logo: null, accent: PRODUCT_ACCENT };
}

/** The brand's logo if it is an inline PNG, JPEG or WebP image; null for anything else. */
export function brandLogo(brand: TReportBrand): string | null {
  return brand.logo !== null && LOGO_DATA_URL.test(brand.logo) ? brand.logo : null;
}

/** The custom properties a branded report's root element sets (only a #rrggbb accent is used). */
export function brandStyle(brand: TReportBrand): string {
  const accent = /^#[0-9a-f]{6}$/i.test(brand.accent) ? brand.accent : PRODUCT_ACCENT;
  return `--report-accent: ${accent}`;
}

/** A consultant's brand as the workspace stores it (issue 15): it replaces the product's own. */
export function workspaceBrand(brand: {
  name: string;
  footer: string;
  accent: string;
  logo: string | null;
}): TReportBrand {
  return { name: brand.name, footer: brand.footer, logo: brand.logo, accent: brand.accent };
}
