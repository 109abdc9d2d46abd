/**
 * Sorting and filtering the portfolio's organisations (issue 15). Pure; each
 * returns a new array.
 *
 * - Sort by name (the language's collation, numbers in names by value),
 *   overall score, overall stage (then score) or last activity. Organisations
 *   without the value (not released, no valid time) come last in either
 *   direction; ties fall back to the name, then the id, so the order is stable.
 * - Filter by segment attributes (each given one must match exactly) and by
 *   overall stage (null standing for "not released").
 */
import {
  scoreOf,
  type TPortfolioOrganisation,
  type TSegmentAttribute,
} from './portfolio-organisation.ts';

export type TPortfolioSortKey = 'name' | 'overall' | 'stage' | 'lastActivity';
export type TSortDirection = 'asc' | 'desc';

/** What the portfolio is filtered by; an absent or empty criterion keeps every organisation. */
export type TPortfolioFilter = {
  segment?: Partial<Record<TSegmentAttribute, string>>;
  /** Overall stages to keep, 1-5, or null for organisations whose result is not released. */
  stages?: readonly (number | null)[];
};

type TCompare = (a: TPortfolioOrganisation, b: TPortfolioOrganisation) => number;

/** Missing values last whatever the direction; present ones by `direction`. */
function byValue(
  value: (organisation: TPortfolioOrganisation) => number | null,
  direction: TSortDirection,
): TCompare {
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  };
}

const overall = (o: TPortfolioOrganisation) => scoreOf(o, 'overall').score;
const stage = (o: TPortfolioOrganisation) => scoreOf(o, 'overall').stage;
const activity = (o: TPortfolioOrganisation) => {
  const time = Date.parse(o.lastActivity);
  return Number.isNaN(time) ? null : time;
};

/** The organisations in the order asked for; `locale` is the page's language (collation of names). */
export function sortPortfolio<T extends TPortfolioOrganisation>(
  organisations: readonly T[],
  key: TPortfolioSortKey,
  direction: TSortDirection,
  locale?: string,
): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const byName: TCompare = (a, b) => collator.compare(a.name, b.name);
  const byId: TCompare = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byOverall = byValue(overall, direction);
  const byStage = byValue(stage, direction);
  const primary: Record<TPortfolioSortKey, TCompare> = {
    name: (a, b) => (direction === 'asc' ? 1 : -1) * byName(a, b),
    overall: byOverall,
    stage: (a, b) => byStage(a, b) || byOverall(a, b),
    lastActivity: byValue(activity, direction),
  };
  return [...organisations].sort((a, b) => primary[key](a, b) || byName(a, b) || byId(a, b));
}

/** The organisations matching every given criterion. */
export function filterPortfolio<T extends TPortfolioOrganisation>(
  organisations: readonly T[],
  filter: TPortfolioFilter,
): T[] {
  const segment = Object.entries(filter.segment ?? {}).filter(([, value]) => value);
  const stages = filter.stages ?? [];
  return organisations.filter(
    (o) =>
      segment.every(([attribute, value]) => o.segment[attribute as TSegmentAttribute] === value) &&
      (stages.length === 0 || stages.includes(stage(o))),
  );
}

/** The distinct values of one segment attribute in the portfolio, sorted: the filter's choices. */
export function segmentValues(
  organisations: readonly TPortfolioOrganisation[],
  attribute: TSegmentAttribute,
): string[] {
  return [...new Set(organisations.map((o) => o.segment[attribute]))].sort();
}
