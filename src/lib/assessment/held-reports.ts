/**
 * The reports this browser holds: every submitted assessment's private link,
 * with the organisation's name, the date and, once the report has been
 * opened, its overall stage. Taking the assessment again adds to the list;
 * it never replaces the only link to an earlier report.
 */
import { z } from 'zod/mini';
import { TOKEN_PATTERN } from './tokens.ts';

export const HELD_REPORTS_KEY = 'cx-reports';
/** The list keeps the newest this many. */
export const HELD_REPORTS_LIMIT = 20;

export const ZHeldReport = z.object({
  reportToken: z.string().check(z.regex(TOKEN_PATTERN)),
  /** The organisation's name as the respondent typed it, if any (kept in this browser only). */
  name: z.optional(z.string().check(z.maxLength(200))),
  submittedAt: z.iso.datetime(),
  language: z.enum(['en', 'ko']),
  /** Overall stage and score, once the report has been opened here. */
  stage: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  overall: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
});
export type THeldReport = z.infer<typeof ZHeldReport>;

/** The held reports, newest first; an unreadable list reads as empty and is left in place. */
export function readHeldReports(storage: Pick<Storage, 'getItem'>): THeldReport[] {
  try {
    const parsed = z
      .array(ZHeldReport)
      .safeParse(JSON.parse(storage.getItem(HELD_REPORTS_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Adds a report, or updates the one with the same token; newest first, at most the limit. */
export function holdReport(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  report: THeldReport,
): THeldReport[] {
  const held = readHeldReports(storage);
  const others = held.filter((entry) => entry.reportToken !== report.reportToken);
  const previous = held.find((entry) => entry.reportToken === report.reportToken);
  const list = [{ ...previous, ...report }, ...others]
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
    .slice(0, HELD_REPORTS_LIMIT);
  storage.setItem(HELD_REPORTS_KEY, JSON.stringify(list));
  return list;
}

/** Records the overall result of a held report once it has been opened. */
export function noteReportResult(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  reportToken: string,
  result: { stage?: number | null; overall?: number | null },
): void {
  const held = readHeldReports(storage).find((report) => report.reportToken === reportToken);
  if (!held) return;
  holdReport(storage, {
    ...held,
    ...(result.stage ? { stage: result.stage } : {}),
    ...(result.overall != null ? { overall: result.overall } : {}),
  });
}
