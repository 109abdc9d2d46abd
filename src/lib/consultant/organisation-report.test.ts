import { describe, expect, it } from 'vitest';
import type { TOrganisationReport } from '../api/consultant.ts';
import { asBoardReport } from './organisation-report.ts';

const hidden = { segment: {}, visible: false, reason: 'too_few', sizeBand: null } as const;
const report: TOrganisationReport = {
  organisation: {
    id: '6f0c2f5e-5b8e-4c1e-9a51-0f3f6a1f3b11',
    name: 'Client A',
    surveyVersion: 'digital-cx-v2',
    segment: {
      industry: 'insurance',
      companySize: 'size_1_49',
      region: 'korea',
      businessModel: 'b2c',
    },
    respondents: 3,
    waiting: 0,
    lastSubmittedAt: '2026-12-01T10:00:00Z',
    round: 1,
    currentRound: 1,
  },
  scores: [{ dimension: 'overall', score: 51.2, stage: 3 }],
  agreement: [{ dimension: 'overall', kind: 'none', respondents: 1 }],
  previousRound: null,
  brand: null,
  answerCounts: { q: { a: 3 } },
  anonymityK: 5,
  pool: 'live',
  ownResultReleased: false,
  wholePool: hidden,
  segment: null,
};

describe('asBoardReport', () => {
  it("draws the combined scores under the organisation's name, with no answers of anyone's", () => {
    const board = asBoardReport(report, 'ko');
    expect(board.response.scores).toBe(report.scores);
    expect(board.response.answers).toEqual({});
    expect(board.organisationName).toBe('Client A');
    expect(board.response).toMatchObject({
      language: 'ko',
      submittedAt: '2026-12-01T10:00:00Z',
      isSynthetic: false,
      profile: { industry: 'insurance', companySize: 'size_1_49', respondentFunction: '' },
    });
    expect(board).toMatchObject({ poolStatus: 'counted', ownResultReleased: false, anonymityK: 5 });
    expect(JSON.stringify(board)).not.toContain('answerCounts');
  });

  it('marks a pool other than the live one as synthetic', () => {
    expect(asBoardReport({ ...report, pool: 'demo' }, 'en').response.isSynthetic).toBe(true);
  });
});
