/**
 * How to cite a benchmark edition (issue 16): one line in the manner of APA's
 * data-set references, the same words as the package's CITATION.cff.
 */
import type { TEditionSummary } from '../api/editions.ts';

export type TCitationText = {
  /** Who publishes the editions (the product's name). */
  publisher: string;
  /** With {label}, {n}, {from}, {to}: the edition's title. */
  title: string;
  /** The data-set marker, e.g. "[Data set]". */
  dataset: string;
};

/** "Publisher (2026). Title [Data set]. https://…/research/. SHA-256 …". */
export function editionCitation(
  edition: Pick<
    TEditionSummary,
    'label' | 'n' | 'fieldworkFrom' | 'fieldworkTo' | 'frozenAt' | 'sha256'
  >,
  text: TCitationText,
  pageUrl: string,
): string {
  const title = text.title
    .replace('{label}', edition.label)
    .replace('{n}', String(edition.n))
    .replace('{from}', edition.fieldworkFrom)
    .replace('{to}', edition.fieldworkTo);
  const year = edition.frozenAt.slice(0, 4);
  return `${text.publisher} (${year}). ${title} ${text.dataset}. ${pageUrl}. SHA-256 ${edition.sha256}.`;
}
