import { describe, expect, it } from 'vitest';
import { newToken } from '../assessment/tokens.ts';
import { retakenReport } from './retake.ts';

const report = (submittedAt: string, name?: string) => ({
  reportToken: newToken(),
  submittedAt,
  language: 'en' as const,
  ...(name ? { name } : {}),
});

describe('retakenReport', () => {
  it('is the newest held report, never the current one', () => {
    const older = report('2026-01-01T00:00:00.000Z');
    const newer = report('2026-02-01T00:00:00.000Z');
    expect(retakenReport([older, newer], newToken(), undefined)).toBe(newer.reportToken);
    expect(retakenReport([older, newer], newer.reportToken, undefined)).toBe(older.reportToken);
    expect(retakenReport([], newToken(), 'Acme')).toBeUndefined();
  });

  it('skips reports of a differently named organisation', () => {
    const acme = report('2026-01-01T00:00:00.000Z', 'Acme');
    const globex = report('2026-02-01T00:00:00.000Z', 'Globex');
    expect(retakenReport([acme, globex], newToken(), ' acme ')).toBe(acme.reportToken);
    expect(retakenReport([globex], newToken(), 'Acme')).toBeUndefined();
    expect(retakenReport([acme, globex], newToken(), '')).toBe(globex.reportToken);
  });
});
