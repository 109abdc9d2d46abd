import { expect, test } from './fixtures.ts';
import { answerPageWithKeyboard, answerPagesWithKeyboard } from './keyboard-survey.ts';

const PAGES = 7;

// Answering 7 pages key by key takes a while.
test.describe.configure({ timeout: 120_000 });

test('an executive completes the assessment in English with the keyboard and reads the report', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/assessment/');
  await checkA11y(page);
  const start = page.getByRole('button', { name: 'Start the assessment' });
  await expect(start).toBeEnabled({ timeout: 20_000 });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Page 1 of 7')).toBeVisible({ timeout: 20_000 });
  await checkA11y(page);

  await answerPagesWithKeyboard(page, PAGES);
  await page.waitForURL(/\/report\/#token=[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('heading', { name: 'Overall maturity' })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText(/^\d{1,3}\.\d$/);
  await expect(page.getByTestId('dimension-scores').getByRole('row')).toHaveCount(7);
  await checkA11y(page);
});

test('an executive completes it in Korean, and the response is stored in Korean', async ({
  page,
  query,
}) => {
  await page.goto('/ko/assessment/');
  await page.getByRole('button', { name: '진단 시작하기' }).click();
  await expect(page.getByText('회사 정보')).toBeVisible();
  await answerPagesWithKeyboard(page, PAGES);
  await page.waitForURL(/\/ko\/report\/#token=/);
  await expect(page.getByRole('heading', { name: '종합 성숙도' })).toBeVisible();
  const responseId = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cx-assessment:digital-cx-v1')!).responseId,
  );
  const rows = await query('select language from private.responses where id = $1', [responseId]);
  expect(rows).toEqual([{ language: 'ko' }]);
});

test('a reload mid-way continues on the same page with the answers kept, in either language', async ({
  page,
}) => {
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await answerPagesWithKeyboard(page, 2);
  await expect(page.getByText('Page 3 of 7')).toBeVisible();
  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.getByText('전체 7페이지 중 3페이지')).toBeVisible();

  await page.reload();
  await expect(page.getByText(/전체 7페이지 중 3페이지|page 3 of 7/)).toBeVisible();
  await page.getByRole('button', { name: /이어서 진행하기|Continue where you left off/ }).click();
  await expect(page.locator('.sd-navigation__prev-btn')).toBeVisible();
  await page.locator('.sd-navigation__prev-btn').click();
  await page.locator('.sd-navigation__prev-btn').click();
  const checked = page.locator('.sd-page input[type="radio"]:checked');
  await expect(checked).toHaveCount(6);
});

test('a submission made offline is queued, retried when back online, and stored once', async ({
  page,
  context,
  query,
}) => {
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await answerPagesWithKeyboard(page, PAGES - 1);
  await expect(page.getByText('Page 7 of 7')).toBeVisible();

  await context.setOffline(true);
  await answerPageWithKeyboard(page);
  await expect(page.getByTestId('queue-status')).toContainText(
    'queued on this device and will be sent automatically',
  );
  await expect(page.getByTestId('queue-status')).not.toContainText('Failed to fetch');
  const responseId = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cx-assessment:digital-cx-v1')!).responseId,
  );
  expect(await query('select id from private.responses where id = $1', [responseId])).toEqual([]);

  await context.setOffline(false);
  await page.waitForURL(/\/report\/#token=/);
  await expect(page.getByTestId('overall-score')).toBeVisible();
  const rows = await query('select count(*)::int as n from private.responses where id = $1', [
    responseId,
  ]);
  expect(rows).toEqual([{ n: 1 }]);
});

test('a resume link continues the assessment on another device', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await answerPagesWithKeyboard(page, 2);
  await expect(page.getByTestId('save-status')).toContainText('Last saved to the server');
  await page.getByText('Private link to continue on another device').click();
  const link = await page
    .getByRole('textbox', { name: 'Private link to continue on another device' })
    .inputValue();
  expect(link).toMatch(/\/assessment\/#resume=[A-Za-z0-9_-]{43}$/);

  const otherDevice = await browser.newContext({ baseURL: baseURL! });
  const other = await otherDevice.newPage();
  await other.goto(link);
  await expect(other.getByText('Page 3 of 7')).toBeVisible();
  await expect(other).toHaveURL(/\/assessment\/$/);
  await other.locator('.sd-navigation__prev-btn').click();
  await expect(other.locator('.sd-page input[type="radio"]:checked')).toHaveCount(2);
  await otherDevice.close();
});
