/**
 * `npm run pdf -- --out report.pdf [--lang ko] [--shared] [--url http://127.0.0.1:4321]`:
 * prints a report to an A4 PDF with Debian's Chromium, as a reader's browser
 * prints it. With `--organisation <id>`, a consultant's client report under the
 * workspace's brand (the key in WORKSPACE_KEY). A token or key comes from the
 * environment or the first line of standard input, never from the command
 * line, where other users of the machine could read it (`ps`). The site
 * defaults to the local stack (`npm start`: HOST, PORT).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readStackEnv } from '../src/lib/env.ts';
import { renderReportPdf } from './report-pdf.ts';

const USAGE =
  'Usage: REPORT_TOKEN=… npm run pdf -- --out report.pdf [--lang en|ko] [--shared] [--url URL]\n' +
  '       WORKSPACE_KEY=… npm run pdf -- --organisation ID --out client.pdf [--lang en|ko]\n' +
  '       (or give the token or key on standard input: … | npm run pdf -- --out report.pdf)';

async function firstLineOfStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n') || text.length > 200) break;
  }
  return text.split('\n')[0]?.trim() ?? '';
}

try {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      shared: { type: 'boolean', default: false },
      url: { type: 'string' },
      organisation: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out is required');
  const env = readStackEnv();
  const pdf = await renderReportPdf({
    baseUrl: values.url ?? `http://${env.HOST}:${env.PORT}`,
    token:
      process.env[values.organisation ? 'WORKSPACE_KEY' : 'REPORT_TOKEN'] ||
      (await firstLineOfStdin()),
    kind: values.organisation ? 'organisation' : values.shared ? 'shared' : 'owner',
    lang: z.enum(['en', 'ko']).parse(values.lang),
    ...(values.organisation ? { organisationId: values.organisation } : {}),
  });
  writeFileSync(values.out, pdf);
  console.log(`Wrote ${values.out} (${Math.round(pdf.length / 1024)} KB).`);
} catch (error) {
  const message =
    error instanceof z.ZodError
      ? error.issues
          .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
          .join('; ')
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(`${message.slice(0, 500)}\n${USAGE}`);
  process.exitCode = 2;
}
