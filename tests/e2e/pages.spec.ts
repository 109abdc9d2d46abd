import { newToken } from '../../src/lib/assessment/tokens.ts';
import { expect, test } from './fixtures.ts';

const STATIC_PAGES = [
  { path: '/', heading: 'How mature is your digital customer experience?' },
  { path: '/ko/', heading: '귀사의 디지털 고객 경험은 얼마나 성숙했습니까?' },
  { path: '/methodology/', heading: 'How the assessment is scored' },
  { path: '/ko/methodology/', heading: '진단 채점 방법' },
  { path: '/404-does-not-exist', heading: 'Page not found' },
];

for (const { path, heading } of STATIC_PAGES) {
  test(`${path} renders without JavaScript and passes axe`, async ({ page, checkA11y }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(scripts).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await checkA11y(page);
  });
}

test('an unknown page answers 404', async ({ request }) => {
  const response = await request.get('/no-such-page');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page not found');
});

test('the landing page lists the six dimensions and cites the study', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(6);
  await expect(page.getByRole('contentinfo')).toContainText('n = 106');
});

test('pages reached with a private token are kept out of search indexes', async ({ page }) => {
  for (const path of ['/report/', '/ko/report/']) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
      'content',
      'noindex, nofollow',
    );
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  }
});

test('the report page says what is missing when opened without its token', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/report/');
  await expect(page.getByRole('alert')).toContainText('private report link');
  await page.goto('/report/#token=' + 'A'.repeat(43));
  await expect(page.getByRole('alert')).toContainText('This link is not valid');
  await page.goto('/report/#token=cut-short');
  await expect(page.getByRole('alert')).toContainText('This link is not valid');
  await page.goto('/report/#token=' + newToken());
  await expect(page.getByRole('alert')).toContainText('No report was found for this link');
  await checkA11y(page);
});
