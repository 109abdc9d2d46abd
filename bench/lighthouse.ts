/**
 * `npm run bench:lighthouse`: Lighthouse (mobile emulation and simulated
 * throttling, its defaults) on the landing page, the assessment and the demo
 * report, served by a throwaway stack on a fresh data folder and free ports,
 * as the e2e tests do. Prints a table with the targets, the failing
 * accessibility audits and, where performance misses its target, the main
 * insights and diagnostics; merges the figures into bench/results.json.
 *
 * Chromium comes from CHROME_PATH (default /usr/bin/chromium). Each page is
 * run LIGHTHOUSE_RUNS times (default 3) and the median run by performance
 * score is kept. TBT and LCP scale with host CPU time (Lighthouse multiplies
 * observed main-thread work by 4): run it on an otherwise idle machine.
 * LIGHTHOUSE_REPORT_DIR=<folder> also saves each page's HTML and JSON report.
 */
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { generateReport, type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS } from '../stack/chromium.ts';
import { ensureDemoPool } from '../stack/demo-pool.ts';
import { findFreePort } from '../stack/ports.ts';
import { startStack, type TRunningStack } from '../stack/stack.ts';
import { mergeResults, type TMetric } from './report-table.ts';

const RESULTS_FILE = resolve(import.meta.dirname, 'results.json');
const DEFAULT_CHROME = '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
/** Lighthouse's defaults are the mobile form factor with simulated throttling. */
const FLAGS: Flags = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility'],
};
/** Scores are ×100; the targets apply to the report page. */
const TARGETS: Record<string, { performance?: number; accessibility?: number }> = {
  report: { performance: 95, accessibility: 100 },
};
/** Runs per page (LIGHTHOUSE_RUNS overrides); the median run by performance score is kept. */
const DEFAULT_RUNS = 3;
/** Insights and diagnostics shown per page when performance misses its target. */
const MAX_FINDINGS = 10;
const MAX_ITEMS = 5;

/** `key` names the figures; `path` may carry the report token, so `label` is what is printed. */
type TPage = { key: string; label: string; path: string };
type TAudit = Result['audits'][string];
type TPageResult = {
  page: TPage;
  lhr: Result;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsKb: number;
};

function log(line: string): void {
  console.log(line);
}

// --- figures ----------------------------------------------------------------

function categoryScore(lhr: Result, id: string): number {
  const category = lhr.categories[id];
  if (!category || category.score === null) {
    throw new Error(`Lighthouse returned no ${id} score for ${lhr.requestedUrl}.`);
  }
  return category.score * 100;
}

function numericValue(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse returned no ${id} for ${lhr.requestedUrl}.`);
  return value;
}

/** Transferred (compressed) bytes of every script, from the resource summary, in KB. */
function scriptTransferKb(lhr: Result): number {
  const details = lhr.audits['resource-summary']?.details as
    { items?: { resourceType?: string; transferSize?: number }[] } | undefined;
  const script = details?.items?.find((item) => item.resourceType === 'script');
  return (script?.transferSize ?? 0) / 1024;
}

function pageResult(page: TPage, lhr: Result): TPageResult {
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse failed on ${page.label}: ${lhr.runtimeError.message}`);
  }
  return {
    page,
    lhr,
    performance: categoryScore(lhr, 'performance'),
    accessibility: categoryScore(lhr, 'accessibility'),
    lcpMs: numericValue(lhr, 'largest-contentful-paint'),
    tbtMs: numericValue(lhr, 'total-blocking-time'),
    cls: numericValue(lhr, 'cumulative-layout-shift'),
    jsKb: scriptTransferKb(lhr),
  };
}

function metricsOf(result: TPageResult): TMetric[] {
  const prefix = `lighthouse_${result.page.key}`;
  return [
    { name: `${prefix}_performance`, value: result.performance, unit: 'score', size: null },
    { name: `${prefix}_accessibility`, value: result.accessibility, unit: 'score', size: null },
    { name: `${prefix}_lcp_ms`, value: result.lcpMs, unit: 'ms', size: null },
    { name: `${prefix}_tbt_ms`, value: result.tbtMs, unit: 'ms', size: null },
    { name: `${prefix}_cls`, value: result.cls, unit: 'cls', size: null },
    { name: `${prefix}_js_kb`, value: result.jsKb, unit: 'KB', size: null },
  ];
}

/** Replaces the entries with the same name in bench/results.json, keeps the others, appends new ones. */
// --- the table ----------------------------------------------------------------

function withTarget(value: number, target: number | undefined): string {
  const text = value.toFixed(0);
  if (target === undefined) return text;
  return `${text} (>= ${target}: ${value >= target ? 'met' : 'MISSED'})`;
}

function formatPageTable(results: readonly TPageResult[]): string {
  const header = ['page', 'performance', 'accessibility', 'LCP ms', 'TBT ms', 'CLS', 'JS KB'];
  const rows = results.map((result) => {
    const target = TARGETS[result.page.key] ?? {};
    return [
      result.page.label,
      withTarget(result.performance, target.performance),
      withTarget(result.accessibility, target.accessibility),
      result.lcpMs.toFixed(0),
      result.tbtMs.toFixed(0),
      result.cls.toFixed(3),
      result.jsKb.toFixed(1),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

// --- failing audits and findings ---------------------------------------------

type TDetailNode = Record<string, unknown>;

const isObject = (value: unknown): value is TDetailNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isObject(value) && typeof value['formattedDefault'] === 'string') {
    return value['formattedDefault'];
  }
  return undefined;
}

function describeNode(node: TDetailNode): string {
  const selector = text(node['selector']) ?? text(node['path']) ?? '?';
  const snippet = text(node['snippet']);
  return snippet ? `${selector}  ${snippet.slice(0, 120)}` : selector;
}

/** One line per detail item: its URL or element, with the byte or time savings when given. */
function describeItem(item: TDetailNode): string | undefined {
  const node = item['node'];
  const subject =
    (isObject(node)
      ? node['type'] === 'text'
        ? text(node['value'])
        : describeNode(node)
      : undefined) ??
    (item['type'] === 'node' ? describeNode(item) : undefined) ??
    text(item['url']) ??
    (isObject(item['source']) ? text(item['source']['url']) : undefined) ??
    text(item['label']) ??
    text(item['group']) ??
    text(item['groupLabel']) ??
    text(item['entity']) ??
    text(item['subItemsLabel']);
  if (!subject) return undefined;
  const figures: string[] = [];
  const bytes = (key: string, label: string) => {
    const value = item[key];
    if (typeof value === 'number' && value > 0)
      figures.push(`${label} ${(value / 1024).toFixed(1)} KB`);
  };
  const ms = (key: string, label: string) => {
    const value = item[key];
    if (typeof value === 'number' && value > 0) figures.push(`${label} ${value.toFixed(0)} ms`);
  };
  bytes('wastedBytes', 'wasted');
  bytes('transferSize', 'transfer');
  ms('wastedMs', 'wasted');
  ms('duration', 'duration');
  ms('total', 'total');
  if (typeof item['score'] === 'number') figures.push(`shift ${item['score'].toFixed(3)}`);
  const value = item['value'];
  if (isObject(value) && typeof value['value'] === 'number') figures.push(String(value['value']));
  else if (typeof value === 'number' && !figures.length) figures.push(String(value));
  return figures.length ? `${subject}  (${figures.join(', ')})` : subject;
}

/** The URLs along the critical (longest) chain of a network dependency tree. */
function longestChain(chains: unknown): string[] {
  if (!isObject(chains)) return [];
  const links = Object.values(chains).filter(isObject);
  const link = links.find((candidate) => candidate['isLongest'] === true) ?? links[0];
  if (!link) return [];
  const end =
    typeof link['navStartToEndTime'] === 'number'
      ? ` @${link['navStartToEndTime'].toFixed(0)} ms`
      : '';
  return [`${String(link['url'] ?? '?')}${end}`, ...longestChain(link['children'])];
}

function describeDetails(details: unknown, out: string[]): void {
  if (!isObject(details) || out.length >= MAX_ITEMS) return;
  switch (details['type']) {
    case 'list':
    case 'table':
    case 'opportunity': {
      for (const item of (details['items'] as unknown[] | undefined) ?? []) {
        if (out.length >= MAX_ITEMS) return;
        if (!isObject(item)) continue;
        if (typeof item['type'] === 'string' && item['type'] !== 'node') {
          describeDetails(item, out);
        } else {
          const line = describeItem(item);
          if (line && !out.includes(line)) out.push(line);
        }
      }
      return;
    }
    case 'node':
      out.push(describeNode(details));
      return;
    case 'checklist': {
      for (const [key, entry] of Object.entries((details['items'] as TDetailNode) ?? {})) {
        if (isObject(entry) && entry['value'] === false)
          out.push(`not met: ${text(entry['label']) ?? key}`);
      }
      return;
    }
    case 'list-section':
      describeDetails(details['value'], out);
      return;
    case 'network-tree': {
      const chain = longestChain(details['chains']);
      if (chain.length > 1) out.push(`critical chain: ${chain.join(' -> ')}`);
      return;
    }
    default:
      return;
  }
}

function auditLines(audit: TAudit, indent: string): string[] {
  const items: string[] = [];
  describeDetails(audit.details, items);
  return items.map((item) => `${indent}- ${item}`);
}

function auditsIn(lhr: Result, categoryId: string, groups?: readonly string[]): TAudit[] {
  const refs = lhr.categories[categoryId]?.auditRefs ?? [];
  return refs
    .filter((ref) => !groups || (ref.group !== undefined && groups.includes(ref.group)))
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is TAudit => audit !== undefined);
}

function failingAccessibility(lhr: Result): string[] {
  const lines: string[] = [];
  for (const audit of auditsIn(lhr, 'accessibility')) {
    if (audit.scoreDisplayMode !== 'binary' || audit.score === null || audit.score >= 1) continue;
    lines.push(`  ${audit.id}: ${audit.title}`);
    lines.push(...auditLines(audit, '    '));
  }
  return lines;
}

function metricSavings(audit: TAudit): number {
  const savings = audit.metricSavings ?? {};
  // A rough ranking only: milliseconds saved, with CLS (unitless) scaled so 0.1 counts as 100 ms.
  return (savings.LCP ?? 0) + (savings.TBT ?? 0) + (savings.FCP ?? 0) + (savings.CLS ?? 0) * 1000;
}

function performanceFindings(lhr: Result): string[] {
  const lines: string[] = [];
  const metric = (id: string) => {
    const audit = lhr.audits[id];
    return audit ? `${audit.title} ${audit.displayValue ?? ''}`.trim() : undefined;
  };
  lines.push(
    `  metrics: ${[
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]
      .map(metric)
      .filter(Boolean)
      .join(' | ')}`,
  );
  const lcp = lhr.audits['lcp-breakdown-insight'];
  if (lcp) {
    lines.push(`  LCP element and breakdown (${lcp.id}):`);
    lines.push(...auditLines(lcp, '    '));
  }
  const findings = auditsIn(lhr, 'performance', ['insights', 'diagnostics'])
    .filter(
      (audit) =>
        audit.id !== 'lcp-breakdown-insight' &&
        ((audit.score !== null && audit.score < 0.9) || metricSavings(audit) > 0) &&
        audit.scoreDisplayMode !== 'notApplicable' &&
        audit.scoreDisplayMode !== 'manual',
    )
    .sort((a, b) => metricSavings(b) - metricSavings(a) || (a.score ?? 1) - (b.score ?? 1))
    .slice(0, MAX_FINDINGS);
  for (const audit of findings) {
    const savings = Object.entries(audit.metricSavings ?? {})
      .filter(([, value]) => typeof value === 'number' && value > 0)
      .map(
        ([key, value]) =>
          `${key} -${key === 'CLS' ? value!.toFixed(3) : `${value!.toFixed(0)} ms`}`,
      );
    const extra = [audit.displayValue, savings.length ? `savings ${savings.join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    lines.push(`  ${audit.id}: ${audit.title}${extra ? ` (${extra})` : ''}`);
    lines.push(...auditLines(audit, '    '));
  }
  return lines;
}

/** Prints what keeps each page from its targets; `token` (the demo report's) is masked. */
function printFindings(results: readonly TPageResult[], token: string): void {
  const print = (line: string) => log(line.replaceAll(token, '…'));
  for (const result of results) {
    const target = TARGETS[result.page.key] ?? {};
    const accessibility = failingAccessibility(result.lhr);
    if (accessibility.length) {
      print(
        `\nAccessibility ${result.accessibility.toFixed(0)} on ${result.page.label}; failing audits:`,
      );
      for (const line of accessibility) print(line);
    }
    if (target.performance !== undefined && result.performance < target.performance) {
      print(
        `\nPerformance ${result.performance.toFixed(0)} on ${result.page.label} (target >= ${target.performance}); main insights and diagnostics:`,
      );
      for (const line of performanceFindings(result.lhr)) print(line);
    }
    for (const warning of result.lhr.runWarnings)
      print(`\nLighthouse warning on ${result.page.label}: ${warning}`);
  }
}

// --- the run ------------------------------------------------------------------

/**
 * The static server compresses each file on its first request (brotli at
 * quality 11) and caches it: request every file once, so Lighthouse measures
 * a warm server as visitors of a running site meet it, not that one-off cost.
 */
async function warmStaticCache(origin: string, siteRoot: string): Promise<void> {
  const files = readdirSync(siteRoot, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(siteRoot, file)).isFile(),
  );
  for (const file of files) {
    const response = await fetch(new URL(`/${file.split(sep).join('/')}`, origin), {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    await response.arrayBuffer();
  }
}

function lighthouseRuns(): number {
  const text = process.env['LIGHTHOUSE_RUNS'];
  if (text === undefined || text === '') return DEFAULT_RUNS;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`LIGHTHOUSE_RUNS must be a positive integer (got ${text}).`);
  }
  return runs;
}

/** Runs Lighthouse `runs` times on one page and keeps the run with the median performance score. */
async function audit(
  port: number,
  page: TPage,
  url: string,
  runs: number,
  reportDir: string | undefined,
): Promise<TPageResult> {
  const results: TPageResult[] = [];
  for (let run = 1; run <= runs; run++) {
    log(`Lighthouse: ${page.label}${runs > 1 ? ` (run ${run} of ${runs})` : ''}…`);
    const runner = await lighthouse(url, { ...FLAGS, port });
    if (!runner) throw new Error(`Lighthouse returned no result for ${page.label}.`);
    results.push(pageResult(page, runner.lhr));
  }
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  if (runs > 1) {
    log(`  performance per run: ${results.map((r) => r.performance.toFixed(0)).join(', ')}`);
  }
  if (reportDir) {
    writeFileSync(join(reportDir, `${page.key}.html`), generateReport(median.lhr, 'html'));
    writeFileSync(join(reportDir, `${page.key}.json`), JSON.stringify(median.lhr, null, 2));
  }
  return median;
}

/** chrome-launcher reports a missing binary as an unhandled 'error' event: check it first. */
function chromePath(): string {
  const path = process.env['CHROME_PATH'] || DEFAULT_CHROME;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`No Chrome or Chromium at ${path}: install it or set CHROME_PATH.`);
  }
  return path;
}

async function main(): Promise<void> {
  const runs = lighthouseRuns();
  const chromeBinary = chromePath();
  const root = mkdtempSync(join(tmpdir(), 'cx-lighthouse-'));
  chmodSync(root, 0o711); // the cluster runs as the `postgres` OS user when run as root
  // Last resort on an abrupt exit (an uncaught error in a library's event handler).
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  process.once('exit', removeRoot);
  let stack: TRunningStack | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      try {
        chrome?.kill();
      } finally {
        try {
          await stack?.stop();
        } finally {
          removeRoot();
        }
      }
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    log(`\n${signal}: stopping the stack…`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    stack = await startStack({
      dataDir: join(root, 'data'),
      dbPort: await findFreePort(),
      http: { port: 0, host: '127.0.0.1', siteRoot: join(root, 'dist'), build: true },
      log,
    });
    const origin = stack.url;
    if (!origin) throw new Error('The stack started no HTTP server.');
    await warmStaticCache(origin, join(root, 'dist'));
    log('Loading the demo pool…');
    const token = await ensureDemoPool(stack.superuserUrl(), join(root, 'demo.json'));
    const pages: TPage[] = [
      { key: 'home', label: '/', path: '/' },
      { key: 'assessment', label: '/assessment/', path: '/assessment/' },
      { key: 'report', label: '/report/#token=…', path: `/report/#token=${token}` },
    ];

    const reportDir = process.env['LIGHTHOUSE_REPORT_DIR'];
    if (reportDir) mkdirSync(reportDir, { recursive: true });
    chrome = await chromeLauncher.launch({
      chromePath: chromeBinary,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
    const results: TPageResult[] = [];
    for (const page of pages) {
      results.push(
        await audit(chrome.port, page, new URL(page.path, origin).href, runs, reportDir),
      );
    }

    const { lighthouseVersion, environment } = results[0]!.lhr;
    log(
      `\nLighthouse ${lighthouseVersion}, mobile, simulated throttling, median of ${runs} run(s); ` +
        `benchmarkIndex ${environment.benchmarkIndex.toFixed(0)}, ` +
        `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`,
    );
    log(formatPageTable(results));
    printFindings(results, token);
    mergeResults(RESULTS_FILE, results.flatMap(metricsOf));
    log(`\nMerged into ${RESULTS_FILE}`);
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', removeRoot);
  }
}

await main();
