/**
 * An executive answering a consultant's invitation in a browser of their
 * own, as a real one would: open the link, start, click through every page.
 */
import { expect, type Browser } from '@playwright/test';
import { answerSurveyByClicking } from './click-survey.ts';

/** Answers through `link` with the answers `pick` chooses; returns the executive's own report address. */
export async function answerAsInvitedExecutive(
  browser: Browser,
  baseURL: string,
  link: string,
  pick: number,
): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByTestId('invitation-notice')).toBeVisible();
  await page.getByRole('button', { name: /Start the assessment|진단 시작하기/ }).click();
  await answerSurveyByClicking(page, pick);
  await page.waitForURL(/\/report\/#token=/);
  const own = page.url();
  await context.close();
  return own;
}
