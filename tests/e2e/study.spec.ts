import { expect, test } from './fixtures.ts';

test('the study page loads the baseline from the database through /rest/v1', async ({
  page,
  checkA11y,
}) => {
  const rpc = page.waitForResponse((response) =>
    response.url().endsWith('/rest/v1/rpc/research_baseline'),
  );
  await page.goto('/study/');
  expect((await rpc).status()).toBe(200);

  await expect(page.getByTestId('baseline-source')).toContainText('n = 106');
  const escalation = page.getByRole('table', { name: /Escalate/ });
  await expect(escalation).toContainText('n = 106');
  // 11 of 106 found escalation to a phone agent very easy (10.4%).
  await expect(escalation.getByRole('row', { name: /Very easy/ })).toContainText('11');
  await expect(escalation.getByRole('row', { name: /Very easy/ })).toContainText('10.4%');
  // the study's own errors, stated on the page with what its counts give
  const errata = page.getByTestId('study-errata');
  await expect(errata).toContainText('published as 61.23%');
  await expect(errata).toContainText('65 of 106 is 61.32%');
  await expect(errata).toContainText('published a mean of 2.99');
  await expect(errata).toContainText('give 3.00');
  await checkA11y(page);
});
