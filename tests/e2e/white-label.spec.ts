/**
 * A consultant's white label and rounds end to end, in both languages: brand
 * the workspace, run two rounds for one client (an executive per round, each
 * in a browser of their own, invited under the consultant's brand), see the
 * portfolio and the movement, download the portfolio, and print the branded
 * report with the logo and the consultant's name on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { answerAsInvitedExecutive } from './invited-executive.ts';
import { pagePictures, pdfPages } from './pdf-pages.ts';
import { PNG } from '../fixtures/logo-samples.ts';
import { renderReportPdf } from '../../stack/report-pdf.ts';

test.describe.configure({ timeout: 240_000 });

const TEXT = {
  en: {
    create: 'Create a workspace',
    add: 'Add the organisation',
    issue: 'Make an invitation link',
    saveBrand: 'Save the brand',
    close: 'Close the invitation',
    invites: 'Acme Consulting invites you to this assessment.',
    report: 'Open the combined report',
    since: 'since round 1',
    change: 'Change since round 1',
    powered: 'Powered by Digital CX Benchmark',
    csv: 'Download the portfolio (CSV)',
  },
  ko: {
    create: '작업 공간 만들기',
    add: '조직 추가',
    issue: '초대 링크 만들기',
    saveBrand: '브랜드 저장',
    close: '초대 마감',
    invites: 'Acme Consulting에서 이 진단에 초대합니다.',
    report: '종합 보고서 열기',
    since: '1차 대비',
    change: '1차 대비 변화',
    powered: '제공: 디지털 CX 벤치마크',
    csv: '포트폴리오 내려받기 (CSV)',
  },
} as const;

/** How many of the PDF's pages draw an image (the logo in the running head), by poppler's pdfimages. */
function pagesWithImages(pdf: Buffer): Set<number> {
  const folder = mkdtempSync(join(tmpdir(), 'white-label-'));
  try {
    const file = join(folder, 'report.pdf');
    writeFileSync(file, pdf);
    const listing = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    return new Set(
      listing
        .split('\n')
        .slice(2)
        .filter((line) => /\bimage\b/.test(line))
        .map((line) => Number(line.trim().split(/\s+/)[0])),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: a branded workspace runs two rounds for a client and prints its branded report`, async ({
    page,
    browser,
    baseURL,
    checkA11y,
  }, testInfo) => {
    const text = TEXT[lang];
    const prefix = lang === 'ko' ? '/ko' : '';
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${prefix}/consultant/`);
    await page.getByRole('button', { name: text.create }).click();
    await expect(page.getByTestId('workspace-link')).toHaveValue(/#workspace=/);
    const workspaceKey = (await page.getByTestId('workspace-link').inputValue()).split('=')[1]!;

    // 1. the brand: a PNG logo (checked by its bytes), a dark accent, a footer line
    const brand = page.getByTestId('brand-settings');
    await brand.getByTestId('brand-name').fill('Acme Consulting');
    await brand.getByTestId('brand-footer').fill('acme.example · +82 2 555 0100');
    await brand.getByTestId('brand-accent').fill('#8a1c1c');
    await brand
      .getByTestId('brand-logo')
      .setInputFiles({ name: 'acme.png', mimeType: 'image/png', buffer: Buffer.from(PNG) });
    await brand.getByRole('button', { name: text.saveBrand }).click();
    await expect(brand.locator('img.logo')).toBeVisible();
    await checkA11y(page);

    // a client whose name a spreadsheet would run as a formula
    const name = `=Acme client ${lang} ${Date.now()}`;
    await page.getByTestId('new-name').fill(name);
    for (const attribute of ['industry', 'company_size', 'region', 'business_model']) {
      await page.getByTestId(`new-${attribute}`).selectOption({ index: 2 });
    }
    await page.getByRole('button', { name: text.add }).click();
    const card = page.getByTestId('organisation').filter({ hasText: name });
    await card.getByRole('button', { name: text.issue }).click();
    const first = await card.getByTestId('invitation-link').inputValue();

    // the executive is invited under the consultant's brand, not the product's
    const invited = await browser.newContext({ baseURL: baseURL! });
    const invitation = await invited.newPage();
    await invitation.goto(first);
    await expect(invitation.getByTestId('invited-by')).toHaveText(text.invites);
    await expect(invitation.getByTestId('invited-by').locator('img')).toBeVisible();
    await expect(invitation.locator('.site-header .brand')).toBeHidden();
    await checkA11y(invitation);
    await invited.close();

    // 2. round 1: one executive, then the consultant closes it and starts round 2
    await answerAsInvitedExecutive(browser, baseURL!, first, 0.1);
    await page.reload();
    await card.getByRole('button', { name: text.close }).click();
    await expect(card.getByTestId('organisation-result')).toBeVisible();
    await card.getByTestId('start-round').click();
    await expect(card.getByTestId('organisation-round')).toContainText('2');
    const second = await card.getByTestId('invitation-link').inputValue();
    expect(second).not.toBe(first);
    await answerAsInvitedExecutive(browser, baseURL!, second, 0.9);
    await page.reload();
    await card.getByRole('button', { name: text.close }).click();

    // 3. the portfolio, with the client's movement since round 1
    const row = page.getByTestId('portfolio-row').filter({ hasText: name });
    await expect(row.getByTestId('movement')).toContainText(text.since);
    await expect(page.getByTestId('portfolio-distribution')).toContainText('n = 106');
    await checkA11y(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text.csv }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`'${name}`);
    expect(csv).not.toMatch(/(^|,|\r\n)=Acme/);

    // the organisation report: the change between the rounds, under the consultant's brand
    await card.getByRole('link', { name: text.report }).click();
    await expect(page.getByTestId('round-change')).toContainText(text.change);
    await expect(page.getByTestId('round-delta')).toHaveCount(7);
    await expect(page.locator('.cover .brand')).toContainText('Acme Consulting');
    await expect(page.getByTestId('powered-by')).toHaveText(text.powered);
    await checkA11y(page);

    // 4. the printed report: the logo and the consultant's name on every page
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByTestId('agreement')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdfPages(pdf);
    pagePictures(pdf, testInfo.outputPath(`white-label-${lang}`));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((printed, index) => {
      expect(printed.margins, `page ${index + 1}`).toContain('Acme Consulting');
      expect(printed.margins, `page ${index + 1}`).toContain('acme.example');
    });
    expect(pagesWithImages(pdf)).toEqual(new Set(pages.map((_, index) => index + 1)));

    // the client-ready export: the server-side PDF command prints the same branded report
    const organisationId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get(
      'organisation',
    )!;
    const exported = await renderReportPdf({
      baseUrl: baseURL!,
      token: workspaceKey,
      kind: 'organisation',
      organisationId,
      lang,
    });
    const exportedPages = pdfPages(exported);
    expect(exportedPages.length).toBe(pages.length);
    for (const printed of exportedPages) expect(printed.margins).toContain('Acme Consulting');
  });
}
