/**
 * Every option of every question is in view, with no sideways scrolling, at
 * desktop and phone widths, in both languages. A six-column matrix once hid
 * its last column ("Very easy") behind a scrollbar at 1280 and 1920 px.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.describe.configure({ timeout: 120_000 });

type TClipped = { question: string; option: string; right: number; limit: number };

/** Options whose control lies outside their question's frame or the viewport, and frames that scroll sideways. */
function clippedOptions(page: Page): Promise<{ clipped: TClipped[]; scrolling: string[] }> {
  return page.evaluate(() => {
    const clipped: TClipped[] = [];
    const scrolling: string[] = [];
    for (const question of document.querySelectorAll<HTMLElement>('.sd-question')) {
      const name = question.dataset.name ?? question.id;
      if (question.scrollWidth > question.clientWidth + 1) scrolling.push(name);
      const frame = question.getBoundingClientRect();
      const limit = Math.min(frame.right, window.innerWidth);
      const controls = question.querySelectorAll<HTMLElement>(
        '.sd-item__decorator, .sd-matrix__cell .sd-item__decorator, input[type=radio], input[type=checkbox]',
      );
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue; // visually hidden input behind its decorator
        if (box.right > limit + 0.5 || box.left < Math.max(frame.left, 0) - 0.5) {
          const option = control.closest('td, .sd-item')?.textContent?.trim().slice(0, 40) ?? '';
          clipped.push({
            question: name,
            option,
            right: Math.round(box.right),
            limit: Math.round(limit),
          });
        }
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) scrolling.push('(page)');
    return { clipped, scrolling };
  });
}

/** Picks the first option of every question and row on the page, then presses Next. */
async function answerAndContinue(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    for (const question of document.querySelectorAll('.sd-question')) {
      const rows = question.querySelectorAll('.sd-table__row');
      const groups = rows.length > 0 ? [...rows] : [question];
      for (const group of groups) group.querySelector<HTMLInputElement>('input')?.click();
    }
  });
  const next = page.locator('.sd-navigation__next-btn');
  if (!(await next.isVisible())) return false;
  const before = await page
    .locator('.sd-progress__text, .sd-progress-buttons__page-title')
    .first()
    .textContent();
  await next.click();
  await expect(
    page.locator('.sd-progress__text, .sd-progress-buttons__page-title').first(),
  ).not.toHaveText(before ?? '');
  return true;
}

for (const language of ['en', 'ko'] as const) {
  for (const width of [1280, 1920, 390]) {
    test(`${language} at ${width} px: every option of every question in view`, async ({
      page,
      checkA11y,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(language === 'ko' ? '/ko/assessment/' : '/assessment/');
      const start = page.getByRole('button', {
        name: language === 'ko' ? '진단 시작하기' : 'Start the assessment',
      });
      await expect(start).toBeEnabled({ timeout: 20_000 });
      await start.click();
      const faults: string[] = [];
      let pages = 0;
      do {
        await page.locator('.sd-question').first().waitFor();
        pages += 1;
        const { clipped, scrolling } = await clippedOptions(page);
        for (const item of clipped)
          faults.push(
            `page ${pages}, ${item.question}: "${item.option}" at ${item.right} > ${item.limit}`,
          );
        for (const name of scrolling) faults.push(`page ${pages}: ${name} scrolls sideways`);
        if (pages === 5) await checkA11y(page); // the effort matrix
      } while (await answerAndContinue(page));
      expect(pages).toBe(7);
      expect(faults).toEqual([]);
    });
  }
}
