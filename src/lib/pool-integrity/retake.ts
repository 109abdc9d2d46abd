/**
 * Which held report a new submission retakes: the newest one this browser
 * holds whose organisation is not named differently. The server then counts
 * the new result as the same organisation's, replacing the earlier one.
 * Consultants who answer for several organisations name them; unnamed
 * reports are taken to be the same organisation, as the browser is the same.
 */
import type { THeldReport } from '../assessment/held-reports.ts';

const normalised = (name: string | undefined) => name?.trim().toLocaleLowerCase() || undefined;

export function retakenReport(
  held: readonly THeldReport[],
  currentReportToken: string,
  organisationName: unknown,
): string | undefined {
  const name = normalised(typeof organisationName === 'string' ? organisationName : undefined);
  return [...held]
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
    .find(
      (report) =>
        report.reportToken !== currentReportToken &&
        (!name || !normalised(report.name) || normalised(report.name) === name),
    )?.reportToken;
}
