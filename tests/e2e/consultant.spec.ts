/**
 * A consultant's engagement end to end, in both languages: a workspace and a
 * client organisation, three executives answering through the invitation in
 * three browsers of their own, the consultant's view of progress, the
 * combined result and agreement, and a closed invitation refusing a fourth.
 */
import { expect, test } from './fixtures.ts';
import { answerAsInvitedExecutive } from './invited-executive.ts';

test.describe.configure({ timeout: 240_000 });

const TEXT = {
  en: {
    create: 'Create a workspace',
    add: 'Add the organisation',
    issue: 'Make an invitation link',
    start: 'Start the assessment',
    report: 'Open the combined report',
    close: 'Close the invitation',
    closed: 'This invitation is closed.',
    submitted: 'submitted: 3',
    agreement: 'Where the executives agree',
    share: 'Create share link',
    allow: 'Let its executives see the combined report',
  },
  ko: {
    create: '작업 공간 만들기',
    add: '조직 추가',
    issue: '초대 링크 만들기',
    start: '진단 시작하기',
    report: '종합 보고서 열기',
    close: '초대 마감',
    closed: '이 초대는 마감되었습니다.',
    submitted: '제출: 3',
    agreement: '임원들의 의견 일치',
    share: '공유 링크 만들기',
    allow: '이 조직의 임원들이 종합 보고서를 볼 수 있게 하기',
  },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: a consultant runs a client with three executives and sees where they disagree`, async ({
    page,
    browser,
    baseURL,
    checkA11y,
    query,
  }) => {
    const text = TEXT[lang];
    const prefix = lang === 'ko' ? '/ko' : '';
    await page.goto(`${prefix}/consultant/`);
    await page.getByRole('button', { name: text.create }).click();
    await expect(page.getByTestId('workspace-link')).toHaveValue(/#workspace=[A-Za-z0-9_-]{43}$/);
    await checkA11y(page);

    const name = `Client ${lang} ${Date.now()}`;
    await page.getByTestId('new-name').fill(name);
    for (const attribute of ['industry', 'company_size', 'region', 'business_model']) {
      await page.getByTestId(`new-${attribute}`).selectOption({ index: 2 });
    }
    await page.getByRole('button', { name: text.add }).click();
    const card = page.getByTestId('organisation').filter({ hasText: name });
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: text.issue }).click();
    const link = await card.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(new RegExp(`${prefix}/assessment/#invite=[A-Za-z0-9_-]{43}$`));
    await checkA11y(page);

    // three executives, each in a browser of their own, answering differently
    const [firstReport] = await Promise.all(
      [0, 1, 0.5].map((pick) => answerAsInvitedExecutive(browser, baseURL!, link, pick)),
    );

    await page.reload();
    await expect(card.getByTestId('organisation-counts')).toContainText(text.submitted);
    await expect(card.getByTestId('organisation-result')).toBeVisible();
    const stored = await query<{ n: number }>(
      `select count(*)::int as n from private.responses r
       join private.client_organisations o on o.id = r.organisation_id where o.name = $1`,
      [name],
    );
    expect(stored).toEqual([{ n: 3 }]);

    await card.getByRole('link', { name: text.report }).click();
    await expect(page.getByTestId('company-name')).toHaveText(name);
    await expect(page.getByRole('heading', { name: text.agreement })).toBeVisible();
    await expect(page.getByTestId('agreement-row')).toHaveCount(7);
    await expect(page.getByTestId('disagreements').getByRole('listitem').first()).toBeVisible();
    await checkA11y(page);

    // shared with the existing share links: the combined report and its agreement, without the name
    await page.getByRole('button', { name: text.share }).click();
    const shareLink = await page.getByTestId('new-share-link').inputValue();
    expect(shareLink).toMatch(/\/shared\/#share=[A-Za-z0-9_-]{43}$/);
    const board = await browser.newContext({ baseURL: baseURL! });
    const reader = await board.newPage();
    await reader.goto(shareLink);
    await expect(reader.getByTestId('agreement-row')).toHaveCount(7);
    await expect(reader.getByTestId('company-name')).toHaveCount(0);
    await expect(reader.locator('body')).not.toContainText(name);
    await board.close();

    // the executives see the combined report once the consultant allows it
    await page.goBack();
    await card.getByRole('checkbox', { name: text.allow }).check();
    await expect(card.getByRole('checkbox', { name: text.allow })).toBeChecked();
    const executive = await browser.newContext({ baseURL: baseURL! });
    const own = await executive.newPage();
    await own.goto(firstReport!);
    await own.getByTestId('combined-link').getByRole('link').click();
    await expect(own.getByTestId('agreement-row')).toHaveCount(7);
    await checkA11y(own);
    await executive.close();

    // closed: a fourth executive is refused, with a clear message
    await card.getByRole('button', { name: text.close }).click();
    await expect(card.getByTestId('invitation-status')).not.toHaveText(/Open|열림/);
    const late = await browser.newContext({ baseURL: baseURL! });
    const fourth = await late.newPage();
    await fourth.goto(link);
    await expect(fourth.getByTestId('invitation-refusal')).toContainText(text.closed);
    await expect(fourth.getByRole('button', { name: text.start })).toHaveCount(0);
    await checkA11y(fourth);
    await late.close();
  });
}
