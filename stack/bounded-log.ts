/**
 * Logs that a caller cannot grow without bound: every line is cut to a fixed
 * length with control characters made visible, and a log file that reaches
 * its size limit is rotated to `<name>.1` (one old file is kept).
 */
import { appendFileSync, renameSync, statSync } from 'node:fs';

const CONTROL = /\p{Cc}/gu;

/** One log line: control characters as `?`, at most `max` characters. */
export function boundedLine(text: string, max = 500): string {
  const clean = text.replace(CONTROL, '?');
  return clean.length > max ? `${clean.slice(0, max)}… (${clean.length - max} more)` : clean;
}

export type TBoundedLog = { write: (text: string) => void };

/** Appends lines to `path`, each bounded, rotating the file once it passes `maxBytes`. */
export function boundedLogFile(
  path: string,
  maxBytes = 10 * 1024 * 1024,
  maxLine = 2000,
): TBoundedLog {
  let size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return {
    write(text: string) {
      const lines = text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => `${boundedLine(line, maxLine)}\n`)
        .join('');
      if (!lines) return;
      if (size > 0 && size + lines.length > maxBytes) {
        renameSync(path, `${path}.1`);
        size = 0;
      }
      appendFileSync(path, lines);
      size += Buffer.byteLength(lines);
    },
  };
}
