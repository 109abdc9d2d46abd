import { expect, test } from './fixtures.ts';
import { answerPageWithKeyboard, answerPagesWithKeyboard } from './keyboard-survey.ts';

const PAGES = 7;

// Answering 7 pages key by key takes a while.
test.describe.configure({ timeout: 120_000 });

test('an executive completes the assessment in English with the keyboard and reads the report', async ({
  page,
  checkA11y,
  query,
}) => {
  await page.goto('/assessment/');
  await checkA11y(page);
  // before starting: what is kept, what joins the benchmark, and research use, asked (no by default)
  const consent = page.getByTestId('research-consent');
  await expect(consent).toContainText('only inside groups of at least five organisations');
  const choice = consent.getByRole('checkbox', {
    name: 'Researchers may use my anonymised answers (optional)',
  });
  await expect(choice).not.toBeChecked();
  await expect(choice).toBeEnabled({ timeout: 20_000 });
  await choice.focus();
  await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
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
  const responseId = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cx-assessment:digital-cx-v2')!).responseId,
  );
  expect(
    await query('select research_consent from private.responses where id = $1', [responseId]),
  ).toEqual([{ research_consent: true }]);
});

test('an executive completes it in Korean, and the response is stored in Korean', async ({
  page,
  query,
}) => {
  await page.goto('/ko/assessment/');
  // research use is asked in Korean too; left unticked, it is a no
  await expect(page.getByTestId('research-consent')).toContainText('익명 처리된 응답');
  await expect(
    page.getByRole('checkbox', { name: '연구자가 익명 처리된 제 응답을 사용해도 됩니다 (선택)' }),
  ).not.toBeChecked();
  await page.getByRole('button', { name: '진단 시작하기' }).click();
  await expect(page.getByText('회사 정보')).toBeVisible();
  await answerPagesWithKeyboard(page, PAGES);
  await page.waitForURL(/\/ko\/report\/#token=/);
  await expect(page.getByRole('heading', { name: '종합 성숙도' })).toBeVisible();
  const responseId = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cx-assessment:digital-cx-v2')!).responseId,
  );
  const rows = await query(
    'select r.language, r.survey_version, v.scoring_model_id, r.research_consent from private.responses r join private.survey_versions v on v.version = r.survey_version where r.id = $1',
    [responseId],
  );
  expect(rows).toEqual([
    {
      language: 'ko',
      survey_version: 'digital-cx-v2',
      scoring_model_id: 'digital-cx-scoring-v2',
      research_consent: false,
    },
  ]);
});

test('an assessment started on survey version 1 continues on version 2 with its answers', async ({
  page,
}) => {
  await page.goto('/assessment/');
  await page.evaluate(() => {
    localStorage.setItem(
      'cx-assessment:digital-cx-v1',
      JSON.stringify({
        surveyVersion: 'digital-cx-v1',
        responseId: crypto.randomUUID(),
        reportToken: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq',
        draftToken: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
        language: 'en',
        pageNumber: 6,
        answers: { industry: 'insurance', automation_priorities: ['chatbots'] },
        status: 'in_progress',
        updatedAt: new Date().toISOString(),
      }),
    );
  });
  await page.reload();
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page.getByText('Page 7 of 7')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Chatbots/ })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: /^None: we are not prioritizing/ }),
  ).toBeVisible();
  const stored = await page.evaluate(() => [
    localStorage.getItem('cx-assessment:digital-cx-v1'),
    JSON.parse(localStorage.getItem('cx-assessment:digital-cx-v2')!).surveyVersion,
  ]);
  expect(stored).toEqual([null, 'digital-cx-v2']);
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
    () => JSON.parse(localStorage.getItem('cx-assessment:digital-cx-v2')!).responseId,
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

test('taking the assessment again keeps the earlier report listed, after a warning', async ({
  page,
}) => {
  const token = process.env.E2E_DEMO_TOKEN!;
  // The demo report, opened once in this browser, then held as a submitted assessment.
  await page.goto('/assessment/');
  await page.evaluate((reportToken) => {
    localStorage.setItem(
      'cx-reports',
      JSON.stringify([
        { reportToken, name: 'Acme Retail', submittedAt: new Date().toISOString(), language: 'en' },
      ]),
    );
    localStorage.setItem(
      'cx-assessment:digital-cx-v2',
      JSON.stringify({
        surveyVersion: 'digital-cx-v2',
        responseId: crypto.randomUUID(),
        reportToken,
        draftToken: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
        language: 'en',
        pageNumber: 6,
        answers: {},
        status: 'submitted',
        updatedAt: new Date().toISOString(),
      }),
    );
  }, token);
  await page.goto(`/report/#token=${token}`);
  await expect(page.getByTestId('overall-score')).toBeVisible();

  await page.goto('/assessment/');
  const held = page.getByTestId('held-reports');
  await expect(held.getByRole('link', { name: 'Acme Retail' })).toBeVisible();
  await expect(held).toContainText(/\d{4}-\d{2}-\d{2} · stage \d/); // noted when the report opened

  let warned = '';
  page.once('dialog', (dialog) => {
    warned = dialog.message();
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Take the assessment again' }).click();
  expect(warned).toContain('your earlier report stays listed');
  await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible();
  await expect(held.getByRole('link', { name: 'Acme Retail' })).toHaveAttribute(
    'href',
    `/report/#token=${token}`,
  );
});
