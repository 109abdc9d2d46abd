import { DEMO_COMPANY_NAME } from '../../stack/demo-pool.ts';
import { findFreePort } from '../../stack/ports.ts';
import { renderReportPdf } from '../../stack/report-pdf.ts';
import { expect, test } from './fixtures.ts';
import { writeFileSync } from 'node:fs';
import { pagePictures, pdfPages } from './pdf-pages.ts';

const demoReport = () => `/report/#token=${process.env.E2E_DEMO_TOKEN}`;

// The first test reads the whole report, changes the segment three times and runs axe twice.
test.describe.configure({ timeout: 60_000 });

test('the report shows scores, benchmarks by segment and priorities, and passes axe', async ({
  page,
  checkA11y,
}) => {
  await page.goto(demoReport());
  await expect(page.getByText('Synthetic demo data')).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText(/^\d{1,3}\.\d$/);
  await expect(page.getByTestId('report-editions')).toContainText('(2022, n = 106)');
  await expect(page.getByTestId('group-note')).toContainText('synthetic demo pool: n = 401');
  await expect(page.getByTestId('dimension-scores')).toContainText(
    /(top tenth|top quarter|upper half|lower half|bottom quarter|bottom tenth) of 401 peers/,
  );
  // the summary first: stage, position among peers in words, priorities, strengths, the study
  await expect(page.getByTestId('company-name')).toHaveText(DEMO_COMPANY_NAME);
  await expect(page.getByTestId('summary-stage')).toHaveText(/^Stage [1-5] of 5: \w/);
  await expect(page.getByTestId('summary-position')).toContainText(
    /of 401 peers \(All organisations in the synthetic demo pool\)/,
  );
  await expect(page.getByTestId('summary-priorities').getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId('summary-strengths').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('summary-study')).toContainText(
    /^\d+% of the \d+ study companies it applied to|than those of \d+% of the \d+ study/,
  );
  // every dimension: the peers' figures and the standing among the study's answers
  const cards = page.getByTestId('dimension-card');
  await expect(cards).toHaveCount(6);
  await expect(cards.first()).toContainText(/percentile \d+ \(95% interval \d+–\d+\)/);
  await expect(cards.first()).toContainText(/by stage 1–5: \d+ · \d+ · \d+ · \d+ · \d+/);
  await expect(cards.first()).toContainText(/study’s answers \(n = 106\)|asked no ranked question/);
  await expect(
    page.getByRole('img', { name: /^Radar chart of your six dimension scores/ }),
  ).toHaveCount(1);
  // Chart.js drew the radar (in its worker) and answered
  const radar = page.locator('figure.radar canvas');
  const draws = async () => Number(await radar.getAttribute('data-drawn'));
  await expect.poll(draws).toBeGreaterThan(0);
  await expect(page.getByTestId('priority')).toHaveCount(3);
  await expect(page.getByTestId('priority').first()).toContainText(
    /points below the target of 75\. .*In the 2022 study \(n = 106\), \d+% of companies also struggled here/,
  );
  await expect(page.getByTestId('priority').first()).not.toContainText('×');
  expect(await page.getByTestId('recommendation').count()).toBeGreaterThanOrEqual(3);
  await expect(
    page.getByRole('heading', { name: 'Your answers against the 2022 study (n = 106)' }),
  ).toBeVisible();
  await expect(page.getByTestId('study-table')).toContainText(
    /\d+% same;\s+\d+% higher, \d+% lower/,
  );
  await checkA11y(page);

  const drawsBefore = await draws();
  await page.getByTestId('segment-industry').selectOption('insurance');
  await expect(page.getByTestId('group-note')).toContainText('Industry: Insurance: n = ');
  await expect(page.getByTestId('summary-position')).toContainText('(Industry: Insurance)');
  await expect(page.getByTestId('group-note')).toContainText(
    /released \d{4}-\d{2}-\d{2}\. .*No peer’s score is ever used more precisely than its stage/,
  );
  await expect.poll(draws).toBeGreaterThan(drawsBefore); // the segment's peer median
  // one attribute at a time: choosing a size clears the industry
  await page.getByTestId('segment-company_size').selectOption('size_1_49');
  await expect(page.getByTestId('segment-industry')).toHaveValue('');
  await expect(page.getByTestId('group-note')).toContainText('Company size: ');
  await checkA11y(page);
});

test('the chosen peer segment is kept in the link, so a reload reopens the same comparison', async ({
  page,
}) => {
  await page.goto(demoReport());
  await page.getByTestId('segment-industry').selectOption('insurance');
  await expect(page).toHaveURL(/#token=[A-Za-z0-9_-]{43}&industry=insurance$/);
  await page.getByTestId('segment-region').selectOption('japan');
  await expect(page).toHaveURL(/#token=[A-Za-z0-9_-]{43}&region=japan$/);
  await page.reload();
  await expect(page.getByTestId('segment-region')).toHaveValue('japan');
  await expect(page.getByTestId('segment-industry')).toHaveValue('');
});

test('the owner creates a share link, it opens read-only, and once revoked it is gone', async ({
  page,
  browser,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(demoReport());
  const overall = await page.getByTestId('overall-score').textContent();
  await page.getByLabel('Label (optional)').fill('Board pack');
  await page.getByLabel('Expires').selectOption('30');
  await page.getByRole('button', { name: 'Create share link' }).click();
  const link = await page.getByTestId('new-share-link').inputValue();
  expect(link).toMatch(/\/shared\/#share=[A-Za-z0-9_-]{43}$/);
  await page.getByTestId('copy-share-link').click();
  await expect(page.getByTestId('copy-share-link')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const row = page
    .getByTestId('share-links')
    .getByRole('listitem')
    .filter({ hasText: 'Board pack' });
  await expect(row.getByTestId('share-status')).toHaveText('Active');
  await expect(row).toContainText(/\d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2}/);

  const reader = await browser.newContext({ baseURL: baseURL! });
  const shared = await reader.newPage();
  await shared.goto(link);
  await expect(shared.getByRole('heading', { level: 1 })).toHaveText(
    'Shared digital CX maturity report',
  );
  await expect(shared.getByTestId('overall-score')).toHaveText(overall!);
  // the company's name is the owner's alone: not on the shared page, not on its printed pages
  await expect(page.getByTestId('company-name')).toHaveText(DEMO_COMPANY_NAME);
  await expect(shared.getByTestId('company-name')).toHaveCount(0);
  const shareToken = new URL(link).hash.replace('#share=', '');
  const sharedPages = pdfPages(
    await renderReportPdf({ baseUrl: baseURL!, token: shareToken, kind: 'shared', lang: 'en' }),
  );
  expect(sharedPages.length).toBeGreaterThanOrEqual(3);
  for (const printed of sharedPages) expect(printed.margins).not.toContain(DEMO_COMPANY_NAME);
  expect(sharedPages.map((p) => p.text).join('')).not.toContain(DEMO_COMPANY_NAME);
  await expect(shared.getByRole('button', { name: 'Create share link' })).toHaveCount(0);
  await expect(shared.locator('meta[name="robots"]')).toHaveAttribute(
    'content',
    'noindex, nofollow',
  );

  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row.getByTestId('share-status')).toHaveText('Revoked');
  await shared.reload();
  await expect(shared.getByRole('alert')).toHaveText('This link is no longer available.');
  await expect(shared.locator('.lead')).not.toContainText('Your maturity');
  await reader.close();
});

test('the print view hides the controls and keeps the report', async ({ page }) => {
  await page.goto(demoReport());
  await expect(page.getByTestId('overall-score')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Compare with' })).toBeHidden();
  await expect(page.getByTestId('report-editions')).toBeVisible();
});

/** Text without any whitespace: a PDF's text breaks lines, and spaces Hangul apart from digits. */
const squash = (text: string) => text.replace(/\s+/g, '');

for (const lang of ['en', 'ko'] as const) {
  test(`the board PDF (${lang}): 3–5 A4 pages, each named and numbered, none mostly empty, the summary first`, async ({
    page,
  }, testInfo) => {
    await page.goto(`${lang === 'ko' ? '/ko' : ''}${demoReport()}`);
    await expect(page.getByTestId('company-name')).toHaveText(DEMO_COMPANY_NAME);
    await expect(page.getByTestId('summary-priorities').getByRole('listitem')).toHaveCount(3);
    const stage = squash((await page.getByTestId('summary-stage').textContent()) ?? '');
    const priorities = (
      await page.getByTestId('summary-priorities').getByRole('listitem').allTextContents()
    ).map(squash);
    const editions = squash((await page.getByTestId('report-editions').textContent()) ?? '');
    await expect
      .poll(() => page.locator('figure.radar canvas').getAttribute('data-drawn'))
      .not.toBe('0');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByTestId('report-about')).toBeVisible();

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // kept with the test's output, with a picture of each page, for a reader to look at
    writeFileSync(testInfo.outputPath(`board-report-${lang}.pdf`), pdf);
    pagePictures(pdf, testInfo.outputPath(`board-report-${lang}`));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(5);
    pages.forEach((printed, index) => {
      expect(printed.margins, `page ${index + 1}`).toContain(DEMO_COMPANY_NAME);
      expect(printed.margins, `page ${index + 1}`).toContain(`${index + 1} / ${pages.length}`);
      expect(printed.fill, `page ${index + 1} is less than a third full`).toBeGreaterThanOrEqual(
        1 / 3,
      );
    });
    const summary = squash(pages[0]!.text);
    expect(summary).toContain(stage);
    for (const priority of priorities) expect(summary).toContain(priority);
    expect(summary).toContain(editions);
    expect(editions).toMatch(/n=106\).*401/);
    // the appendix: one line per question against the study, the method and how anonymity works
    const appendix = squash(pages.map((p) => p.text).join('\n'));
    expect(appendix).toContain(squash(lang === 'en' ? 'How anonymity works' : '익명성 보호 방법'));
    // one line per question: an answer's share of the study (the caption alone has no figure)
    expect(appendix).toMatch(lang === 'en' ? /\d+%same;\d+%higher/ : /같은응답\d+%;더성숙\d+%/);
    if (lang === 'ko') expect(summary).toContain('요약');
  });
}

test('on a phone the page never scrolls sideways; the dimension table fits, the study table scrolls in its own region', async ({
  page,
  checkA11y,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(demoReport());
  await expect(page.getByTestId('study-table')).toContainText('% same');
  await expect(page.getByRole('button', { name: 'Create share link' })).toBeAttached();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  // the dimension table fits the phone; a wider table scrolls in its own focusable region
  const dimensions = await page.getByTestId('dimension-scores').boundingBox();
  expect(dimensions!.x + dimensions!.width).toBeLessThanOrEqual(360);
  const region = page.getByTestId('study-table').locator('..');
  await expect(region).toHaveAttribute('role', 'region');
  await expect(region).toHaveAttribute('tabindex', '0');
  await checkA11y(page);
});

test('the PDF command prints the same board report from a token, and says why a link does not open', async ({
  baseURL,
}) => {
  const token = process.env.E2E_DEMO_TOKEN!;
  const pages = pdfPages(
    await renderReportPdf({ baseUrl: baseURL!, token, kind: 'owner', lang: 'ko' }),
  );
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages.length).toBeLessThanOrEqual(5);
  expect(pages[0]!.margins).toContain(DEMO_COMPANY_NAME);
  expect(pages[0]!.text).toContain('요약');
  const unknown = `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
  await expect(
    renderReportPdf({ baseUrl: baseURL!, token: unknown, kind: 'owner', lang: 'en' }),
  ).rejects.toThrow(/^The report did not open: /);
  await expect(
    renderReportPdf({ baseUrl: baseURL!, token: 'not-a-token', kind: 'owner', lang: 'en' }),
  ).rejects.toThrow(/43 characters/);
  // a site that does not answer: the browser's error names the address, but not the token
  const closed = `http://127.0.0.1:${await findFreePort()}`;
  const failure = await renderReportPdf({ baseUrl: closed, token, kind: 'owner', lang: 'en' }).then(
    () => 'printed',
    (error: Error) => error.message,
  );
  expect(failure).toContain('ERR_CONNECTION_REFUSED');
  expect(failure).not.toContain(token);
});
