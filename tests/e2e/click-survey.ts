/**
 * Answers every SurveyJS page quickly by clicking inputs (the keyboard helper
 * proves the keyboard path; this one is for tests about what happens after):
 * in each unanswered group the option at `pick` (a share of the way from the
 * first option to the last), then Next, until Complete was taken.
 */
import type { Page } from '@playwright/test';

/** Clicks an option in every unanswered group of the current page; returns the page's questions. */
async function answerVisiblePage(page: Page, pick: number): Promise<string> {
  return page.evaluate((share) => {
    const inputs = [
      ...document.querySelectorAll<HTMLInputElement>(
        '.sd-page input[type="radio"], .sd-page input[type="checkbox"]',
      ),
    ];
    const groups = new Map<string, HTMLInputElement[]>();
    for (const input of inputs) {
      const key = input.type === 'radio' ? input.name : (input.closest('.sd-question')?.id ?? '');
      groups.set(key, [...(groups.get(key) ?? []), input]);
    }
    for (const group of groups.values()) {
      if (group.some((input) => input.checked)) continue;
      group[Math.round(share * (group.length - 1))]!.click();
    }
    return [...document.querySelectorAll('.sd-page .sd-question')].map((q) => q.id).join(',');
  }, pick);
}

export async function answerSurveyByClicking(page: Page, pick: number): Promise<void> {
  for (let pages = 0; pages < 20; pages++) {
    await page.locator('.sd-navigation__next-btn, .sd-navigation__complete-btn').first().waitFor();
    const before = await answerVisiblePage(page, pick);
    const complete = page.locator('.sd-navigation__complete-btn');
    if (await complete.isVisible()) {
      await complete.click();
      return;
    }
    await page.locator('.sd-navigation__next-btn').click();
    await page.waitForFunction(
      (key) =>
        [...document.querySelectorAll('.sd-page .sd-question')].map((q) => q.id).join(',') !==
          key || !!document.querySelector('.sd-question__erbox'),
      before,
    );
  }
  throw new Error('The survey did not end within 20 pages');
}
