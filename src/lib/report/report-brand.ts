/**
 * The one place the report's branding comes from. The product's own brand by
 * default; a consultant's workspace (issue 15) will supply its own here, and
 * the layout reads only this.
 */
import type { TUiStrings } from '../../i18n/ui-strings.ts';
import type { TReportBrand } from './print-margins.ts';

/** The product's own brand, in the page's language (the island's strings carry 'report.brand'). */
export function productBrand(strings: TUiStrings): TReportBrand {
  return { name: strings['report.brand'] ?? '', footer: '' };
}
