/**
 * An organisation's combined report in the shape the board report draws: its
 * combined scores in place of one executive's, its segment as the profile,
 * and no answers of its own (no executive's answers leave the database; the
 * study comparison is each executive's own report's). Pure.
 */
import type { TLang } from '../../i18n/languages.ts';
import type { TBenchmarkReport } from '../api/benchmark-report.ts';
import type { TOrganisationReport } from '../api/consultant.ts';

export function asBoardReport(report: TOrganisationReport, lang: TLang): TBenchmarkReport {
  const { organisation } = report;
  return {
    response: {
      responseId: organisation.id,
      surveyVersion: organisation.surveyVersion,
      language: lang,
      submittedAt: organisation.lastSubmittedAt ?? new Date(0).toISOString(),
      isSynthetic: report.pool !== 'live',
      profile: {
        ...organisation.segment,
        respondentFunction: '',
        respondentSeniority: '',
      },
      answers: {},
      scores: report.scores,
    },
    anonymityK: report.anonymityK,
    pool: report.pool,
    poolStatus: 'counted',
    ownResultReleased: report.ownResultReleased,
    organisationName: organisation.name,
    wholePool: report.wholePool,
    segment: report.segment,
  };
}
