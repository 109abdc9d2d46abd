import { describe, expect, it } from 'vitest';
import { holdReport, HELD_REPORTS_KEY, noteReportResult, readHeldReports } from './held-reports.ts';
import { newToken } from './tokens.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('held reports', () => {
  it('keeps every report taken in this browser, newest first, and updates one by its token', () => {
    const storage = memoryStorage();
    const first = newToken();
    const second = newToken();
    holdReport(storage, {
      reportToken: first,
      name: 'Acme',
      submittedAt: '2026-11-01T10:00:00.000Z',
      language: 'en',
    });
    holdReport(storage, {
      reportToken: second,
      submittedAt: '2026-12-01T10:00:00.000Z',
      language: 'ko',
    });
    expect(readHeldReports(storage).map((r) => r.reportToken)).toEqual([second, first]);

    noteReportResult(storage, first, { stage: 3, overall: 55.2 });
    expect(readHeldReports(storage)[1]).toMatchObject({ name: 'Acme', stage: 3, overall: 55.2 });
    noteReportResult(storage, newToken(), { stage: 5 }); // not held here: nothing added
    expect(readHeldReports(storage)).toHaveLength(2);
  });

  it('reads a damaged list as empty and keeps at most 20', () => {
    const storage = memoryStorage();
    storage.setItem(HELD_REPORTS_KEY, '{not json');
    expect(readHeldReports(storage)).toEqual([]);
    for (let day = 1; day <= 25; day += 1) {
      const submittedAt = `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`;
      holdReport(storage, { reportToken: newToken(), submittedAt, language: 'en' });
    }
    const held = readHeldReports(storage);
    expect(held).toHaveLength(20);
    expect(held[0]?.submittedAt).toBe('2026-11-25T00:00:00.000Z');
  });
});
