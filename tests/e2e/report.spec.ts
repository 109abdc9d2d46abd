import { expect, test } from './fixtures.ts';

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
  // the exact figures stay one click away
  await expect(page.getByTestId('dimension-scores')).toContainText(
    /percentile \d+(\.\d)? \(95% interval/,
  );
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
  await expect(page.getByTestId('study-table')).toContainText(
    'of its companies answered the same (n = 106)',
  );
  await checkA11y(page);

  const drawsBefore = await draws();
  await page.getByTestId('segment-industry').selectOption('insurance');
  await expect(page.getByTestId('group-note')).toContainText(
    'Organisations in your chosen segment',
  );
  await expect(page.getByTestId('group-note')).toContainText(
    /released \d{4}-\d{2}-\d{2}\. .*No peer’s score is ever used more precisely than its stage/,
  );
  await expect.poll(draws).toBeGreaterThan(drawsBefore); // the segment's peer median
  // one attribute at a time: choosing a size clears the industry
  await page.getByTestId('segment-company_size').selectOption('size_1_49');
  await expect(page.getByTestId('segment-industry')).toHaveValue('');
  await expect(page.getByTestId('group-note')).toContainText(
    'Organisations in your chosen segment',
  );
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

test('the print view is a clean board report', async ({ page }) => {
  await page.goto(demoReport());
  await expect(page.getByTestId('overall-score')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Compare with' })).toBeHidden();
  await expect(page.getByTestId('report-editions')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});

test('on a phone the page never scrolls sideways; wide tables scroll in their own region', async ({
  page,
  checkA11y,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(demoReport());
  await expect(page.getByTestId('study-table')).toContainText('(n = 106)');
  await expect(page.getByRole('button', { name: 'Create share link' })).toBeAttached();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const region = page.getByRole('region', { name: /Maturity by dimension/ });
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await checkA11y(page);
});
