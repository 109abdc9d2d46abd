/** The bench's figures: a summary table for the terminal and a JSON file for machines. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** One figure: `size` is the number of bench responses it was measured at, or null. */
export type TMetric = { name: string; value: number; unit: string; size: number | null };

/** A goal for one metric, at one size (or at every size when `size` is null). */
export type TTarget = { name: string; size: number | null; max?: number; min?: number };

const UNIT_LABELS: Record<string, string> = { x: 'x faster', KB: 'KB gz' };

/** 10000 → "10k", 1000000 → "1M". */
export function formatSize(size: number | null): string {
  if (size === null) return '-';
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}M`;
  if (size >= 1_000 && size % 1_000 === 0) return `${size / 1_000}k`;
  return String(size);
}

function formatValue(metric: TMetric): string {
  const decimals = metric.unit === 'ms' ? 2 : 1;
  return metric.value.toFixed(decimals);
}

function targetFor(metric: TMetric, targets: readonly TTarget[]): string {
  const target = targets.find(
    (t) => t.name === metric.name && (t.size === null || t.size === metric.size),
  );
  if (!target) return '';
  const unit = UNIT_LABELS[metric.unit] ?? metric.unit;
  const met =
    (target.max === undefined || metric.value <= target.max) &&
    (target.min === undefined || metric.value >= target.min);
  const goal = target.max !== undefined ? `<= ${target.max}` : `>= ${target.min}`;
  return `${goal} ${unit}: ${met ? 'met' : 'MISSED'}`;
}

/** The metrics as an aligned text table, with each target and whether it is met. */
export function formatTable(metrics: readonly TMetric[], targets: readonly TTarget[]): string {
  const header = ['metric', 'size', 'value', 'unit', 'target'];
  const rows = metrics.map((metric) => [
    metric.name,
    formatSize(metric.size),
    formatValue(metric),
    UNIT_LABELS[metric.unit] ?? metric.unit,
    targetFor(metric, targets),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

/** Writes the metrics as a JSON array of `{ name, value, unit, size }`. */
export function writeResults(path: string, metrics: readonly TMetric[]): void {
  const rounded = metrics.map(({ name, value, unit, size }) => ({
    name,
    value: Math.round(value * 1000) / 1000,
    unit,
    size,
  }));
  writeFileSync(path, `${JSON.stringify(rounded, null, 2)}\n`);
}

/**
 * Writes the metrics into the file, keeping its figures that this run did not
 * measure (another bench's, or other sizes'): a figure replaces the one with
 * the same name and size.
 */
export function mergeResults(path: string, metrics: readonly TMetric[]): void {
  const key = (metric: TMetric) => `${metric.name}@${metric.size ?? '-'}`;
  const existing: TMetric[] = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as TMetric[])
    : [];
  const fresh = new Map(metrics.map((metric) => [key(metric), metric]));
  const merged = existing.map((metric) => fresh.get(key(metric)) ?? metric);
  const kept = new Set(existing.map(key));
  merged.push(...metrics.filter((metric) => !kept.has(key(metric))));
  writeResults(path, merged);
}
