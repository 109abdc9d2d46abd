/**
 * Answers SurveyJS pages with the keyboard only: Tab through the page, Space
 * on the first option of every unanswered question (radio group, checkbox
 * group or matrix row), Enter on Next / Complete.
 */
import type { Page } from '@playwright/test';

type TFocus = { kind: 'radio' | 'checkbox' | 'next' | 'complete' | 'other'; name: string };

async function focused(page: Page): Promise<TFocus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return { kind: 'other', name: '' };
    if (element.classList.contains('sd-navigation__next-btn')) return { kind: 'next', name: '' };
    if (element.classList.contains('sd-navigation__complete-btn'))
      return { kind: 'complete', name: '' };
    if (element.type === 'radio' || element.type === 'checkbox') {
      const question = element.closest('.sd-question')?.id ?? '';
      return { kind: element.type, name: `${question}/${element.name}` };
    }
    return { kind: 'other', name: '' };
  }) as Promise<TFocus>;
}

/** Answers the current page and presses Next (or Complete); returns which it pressed. */
export async function answerPageWithKeyboard(page: Page): Promise<'next' | 'complete'> {
  await page
    .locator('.sd-navigation__next-btn, .sd-navigation__complete-btn')
    .first()
    .waitFor({ timeout: 20_000 });
  const answered = new Set<string>();
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if ((focus.kind === 'radio' || focus.kind === 'checkbox') && !answered.has(focus.name)) {
      await page.keyboard.press('Space');
      answered.add(focus.name);
    } else if (focus.kind === 'next' || focus.kind === 'complete') {
      await page.keyboard.press('Enter');
      return focus.kind;
    }
  }
  throw new Error('No Next or Complete button reached by keyboard');
}

/** Answers `pages` pages in a row (stopping early when it pressed Complete). */
export async function answerPagesWithKeyboard(page: Page, pages: number): Promise<void> {
  for (let done = 0; done < pages; done++) {
    const pressed = await answerPageWithKeyboard(page);
    if (pressed === 'complete') return;
    await page.locator('.sd-progress-buttons__page-title, .sd-progress__text').first().waitFor();
  }
}
