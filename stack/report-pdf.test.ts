import { describe, expect, it } from 'vitest';
import { reportPath, ZReportPdfRequest } from './report-pdf.ts';

const token = 'A'.repeat(43);
const organisationId = '6f0c2f5e-5b8e-4c1e-9a51-0f3f6a1f3b11';

describe('reportPath', () => {
  it('puts every token in the fragment, never the path or the query', () => {
    expect(reportPath({ token, kind: 'owner', lang: 'en' })).toBe(`/report/#token=${token}`);
    expect(reportPath({ token, kind: 'shared', lang: 'ko' })).toBe(`/ko/shared/#share=${token}`);
    expect(reportPath({ token, kind: 'organisation', lang: 'ko', organisationId })).toBe(
      `/ko/consultant/report/#workspace=${token}&organisation=${organisationId}`,
    );
  });
});

describe('ZReportPdfRequest', () => {
  const base = { baseUrl: 'http://127.0.0.1:4321', token, lang: 'en' } as const;
  it('asks an organisation for its id, and nothing else for one', () => {
    expect(
      ZReportPdfRequest.safeParse({ ...base, kind: 'organisation', organisationId }).success,
    ).toBe(true);
    expect(ZReportPdfRequest.safeParse({ ...base, kind: 'organisation' }).success).toBe(false);
    expect(ZReportPdfRequest.safeParse({ ...base, kind: 'owner', organisationId }).success).toBe(
      false,
    );
    expect(
      ZReportPdfRequest.safeParse({ ...base, kind: 'organisation', organisationId: 'x' }).success,
    ).toBe(false);
  });
});
