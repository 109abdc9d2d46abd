import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatTable, mergeResults, type TMetric } from './report-table.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function resultsFile(content?: TMetric[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'bench-results-'));
  folders.push(folder);
  const path = join(folder, 'results.json');
  if (content) writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('mergeResults', () => {
  it('replaces figures of the same name and size and keeps the others', () => {
    const path = resultsFile([
      { name: 'report_p95_ms', value: 30, unit: 'ms', size: 10_000 },
      { name: 'report_p95_ms', value: 50, unit: 'ms', size: 1_000_000 },
      { name: 'lighthouse_report_performance', value: 87, unit: 'score', size: null },
    ]);
    mergeResults(path, [
      { name: 'report_p95_ms', value: 12.3456, unit: 'ms', size: 10_000 },
      { name: 'submit_p95_ms', value: 8, unit: 'ms', size: 10_000 },
    ]);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual([
      { name: 'report_p95_ms', value: 12.346, unit: 'ms', size: 10_000 },
      { name: 'report_p95_ms', value: 50, unit: 'ms', size: 1_000_000 },
      { name: 'lighthouse_report_performance', value: 87, unit: 'score', size: null },
      { name: 'submit_p95_ms', value: 8, unit: 'ms', size: 10_000 },
    ]);
  });

  it('creates the file when there is none', () => {
    const path = resultsFile();
    mergeResults(path, [{ name: 'report_js_gz_kb', value: 97.7, unit: 'KB', size: null }]);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual([
      { name: 'report_js_gz_kb', value: 97.7, unit: 'KB', size: null },
    ]);
  });
});

describe('formatTable', () => {
  it('says whether each figure meets its target at its size', () => {
    const table = formatTable(
      [
        { name: 'report_p95_ms', value: 12, unit: 'ms', size: 1_000_000 },
        { name: 'submit_p95_ms', value: 11, unit: 'ms', size: 10_000 },
      ],
      [
        { name: 'report_p95_ms', size: 1_000_000, max: 20 },
        { name: 'submit_p95_ms', size: null, max: 10 },
      ],
    );
    expect(table).toMatch(/report_p95_ms\s+1M\s+12\.00\s+ms\s+<= 20 ms: met/);
    expect(table).toMatch(/submit_p95_ms\s+10k\s+11\.00\s+ms\s+<= 10 ms: MISSED/);
  });
});
