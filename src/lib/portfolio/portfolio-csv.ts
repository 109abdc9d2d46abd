/**
 * The portfolio as a CSV download (issue 15). It is the consultant's own data,
 * so organisation names are included; every cell goes through the export's
 * neutraliser (export/csv-cell.ts: formula injection, RFC 4180 quoting, CRLF),
 * numbers stay numbers and an unreleased score is an empty cell. Pure.
 *
 * One row per organisation, in the order given (sort first): name, the four
 * segment attributes, respondents, overall score and stage, the six dimension
 * scores, last activity (ISO date in the reader's time zone). The header row's
 * words come from the caller, in the page's language.
 */
import { csvLine, type TCsvValue } from '../export/csv-cell.ts';
import { DIMENSION_IDS, type TDimensionId } from '../dimensions.ts';
import { isoDate } from '../report/iso-date.ts';
import {
  scoreOf,
  type TPortfolioOrganisation,
  type TSegmentAttribute,
} from './portfolio-organisation.ts';

const SEGMENT_ATTRIBUTES = [
  'industry',
  'companySize',
  'region',
  'businessModel',
] as const satisfies readonly TSegmentAttribute[];

/** Excel reads a UTF-8 CSV without this mark in the system's code page, garbling Korean names. */
export const UTF8_BOM = '\uFEFF';

/** The words of the CSV, in the page's language. */
export type TPortfolioCsvText = {
  headers: Record<
    'name' | TSegmentAttribute | 'respondents' | 'overallScore' | 'overallStage' | 'lastActivity',
    string
  > &
    Record<TDimensionId, string>;
  /** A segment value's label (e.g. an industry's name); the stored value when absent. */
  segmentValue?: (attribute: TSegmentAttribute, value: string) => string;
};

function lastActivity(timestamp: string): string | null {
  return Number.isNaN(Date.parse(timestamp)) ? null : isoDate(timestamp);
}

/** The header row, then one row of cell values per organisation. */
export function portfolioCsvRows(
  organisations: readonly TPortfolioOrganisation[],
  text: TPortfolioCsvText,
): TCsvValue[][] {
  const { headers } = text;
  const label = text.segmentValue ?? ((_attribute: TSegmentAttribute, value: string) => value);
  const header = [
    headers.name,
    ...SEGMENT_ATTRIBUTES.map((attribute) => headers[attribute]),
    headers.respondents,
    headers.overallScore,
    headers.overallStage,
    ...DIMENSION_IDS.map((id) => headers[id]),
    headers.lastActivity,
  ];
  const rows = organisations.map((o) => {
    const overall = scoreOf(o, 'overall');
    return [
      o.name,
      ...SEGMENT_ATTRIBUTES.map((attribute) => label(attribute, o.segment[attribute])),
      o.respondents,
      overall.score,
      overall.stage,
      ...DIMENSION_IDS.map((id) => scoreOf(o, id).score),
      lastActivity(o.lastActivity),
    ];
  });
  return [header, ...rows];
}

/** The whole file: a UTF-8 byte order mark, then every row as a CRLF-ended line. */
export function portfolioCsv(
  organisations: readonly TPortfolioOrganisation[],
  text: TPortfolioCsvText,
): string {
  return UTF8_BOM + portfolioCsvRows(organisations, text).map(csvLine).join('');
}
