/**
 * The board report as an A4 PDF, printed by Debian's Chromium from the same
 * page a reader prints from the browser (`/report/`, `/shared/` or a client
 * organisation's `/consultant/report/` under the consultant's brand, in either
 * language): for consultants who send a client its report, and for tests. The
 * report's token is a secret: it travels in the page's fragment, as in the
 * browser, and never in a log line.
 */
import { chromium } from '@playwright/test';
import { z } from 'zod';
import { TOKEN_PATTERN } from '../src/lib/assessment/tokens.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';

export const ZReportPdfRequest = z
  .strictObject({
    /** The site's address, e.g. http://127.0.0.1:4321. */
    baseUrl: z.url({ protocol: /^https?$/ }),
    /** The owner's report token, a share link's token, or a consultant's workspace key. */
    token: z
      .string()
      .regex(TOKEN_PATTERN, 'a report token is 43 characters of A-Z, a-z, 0-9, - and _'),
    kind: z.enum(['owner', 'shared', 'organisation']),
    lang: z.enum(['en', 'ko']),
    /** A client organisation of the workspace (kind 'organisation' only): its branded report. */
    organisationId: z.optional(z.uuid()),
  })
  .refine(
    (request) => (request.kind === 'organisation') === (request.organisationId !== undefined),
    {
      message: 'an organisation report needs --organisation (and only it takes one)',
      path: ['organisationId'],
    },
  );
export type TReportPdfRequest = z.infer<typeof ZReportPdfRequest>;

/** How long the report may take to open and draw. */
const OPEN_TIMEOUT_MS = 30_000;
/** The longest problem text quoted from the page. */
const MAX_PROBLEM = 200;

/** The path of the report page, its token in the fragment. */
export function reportPath({
  token,
  kind,
  lang,
  organisationId,
}: Omit<TReportPdfRequest, 'baseUrl'>): string {
  const prefix = lang === 'ko' ? '/ko' : '';
  if (kind === 'organisation')
    return `${prefix}/consultant/report/#workspace=${token}&organisation=${organisationId}`;
  return kind === 'owner' ? `${prefix}/report/#token=${token}` : `${prefix}/shared/#share=${token}`;
}

/**
 * Renders the report to PDF; throws with the page's own message when it does
 * not open. No error carries the token: the browser's own errors name the
 * address they failed on, fragment and all, so it is cut out of them.
 */
export async function renderReportPdf(request: TReportPdfRequest): Promise<Buffer> {
  const parsed = ZReportPdfRequest.parse(request);
  try {
    return await printReport(parsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replaceAll(parsed.token, '…'));
  }
}

async function printReport({ baseUrl, ...page }: TReportPdfRequest): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(process.env['CHROMIUM_PATH']),
    args: CHROMIUM_ARGS,
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(new URL(reportPath(page), baseUrl).href);
    const opened = tab.getByTestId('summary').or(tab.getByRole('alert'));
    await opened.first().waitFor({ timeout: OPEN_TIMEOUT_MS });
    const alert = tab.getByRole('alert');
    if (await alert.count()) {
      const text = ((await alert.first().textContent()) ?? '').slice(0, MAX_PROBLEM);
      throw new Error(`The report did not open: ${text}`);
    }
    // print needs every part drawn: the page draws the rest on 'beforeprint'
    await tab.emulateMedia({ media: 'print' });
    await tab.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await tab.getByTestId('report-about').waitFor({ timeout: OPEN_TIMEOUT_MS });
    const radar = tab.locator('figure.radar canvas');
    await tab.waitForFunction(
      (canvas) => !canvas || canvas.getAttribute('data-drawn') !== '0',
      await radar.elementHandle({ timeout: OPEN_TIMEOUT_MS }),
      { timeout: OPEN_TIMEOUT_MS },
    );
    return await tab.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}
