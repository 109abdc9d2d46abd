/**
 * Reads a printed PDF the way a reader meets it: each page's text, its margin
 * lines (top and bottom 15 mm, where the report prints company, brand and page
 * number) and how far down the page its content reaches. Uses `pdftotext` from
 * poppler-utils, which .ci/run installs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The report's page margin (global.css @page), in PDF points. */
const MARGIN_PT = (15 / 25.4) * 72;

export type TPdfPage = {
  /** The page's text in the order it was drawn (the document's order), margins included. */
  text: string;
  /** The text in the top and bottom margins (running heads and page numbers). */
  margins: string;
  /** How far down the content area the lowest line of content reaches: 0 (empty) to 1 (full). */
  fill: number;
};

const attr = (tag: string, name: string) =>
  Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)?.[1]);
const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing: install poppler-utils (bash .ci/run does).`);
    }
    throw error;
  }
}

/** Runs `use` with the PDF written to a temporary file, removed afterwards. */
function withPdfFile<T>(pdf: Buffer, use: (file: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(folder, 'report.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Writes a PNG of each page beside `prefix` (prefix-1.png, …), at 60 dpi. */
export function pagePictures(pdf: Buffer, prefix: string): void {
  withPdfFile(pdf, (file) => poppler('pdftoppm', ['-r', '60', '-png', file, prefix]));
}

/** The pages of a PDF, parsed from `pdftotext -bbox-layout`. */
export function pdfPages(pdf: Buffer): TPdfPage[] {
  return withPdfFile(pdf, (file) => {
    const html = poppler('pdftotext', ['-bbox-layout', file, '-']);
    const texts = poppler('pdftotext', ['-raw', file, '-']).split('\f');
    return [...html.matchAll(/<page [^>]*>[\s\S]*?<\/page>/g)].map(([page], index) => {
      const height = attr(page, 'height');
      const margins: string[] = [];
      let lowest = MARGIN_PT;
      for (const [line] of page.matchAll(/<line [^>]*>[\s\S]*?<\/line>/g)) {
        const yMin = attr(line, 'yMin');
        const yMax = attr(line, 'yMax');
        const text = decode(
          [...line.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
        );
        if (yMax <= MARGIN_PT || yMin >= height - MARGIN_PT) {
          margins.push(text);
        } else {
          lowest = Math.max(lowest, yMax);
        }
      }
      return {
        text: texts[index] ?? '',
        margins: margins.join('\n'),
        fill: (lowest - MARGIN_PT) / (height - 2 * MARGIN_PT),
      };
    });
  });
}
