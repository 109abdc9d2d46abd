/**
 * Answers SurveyJS pages with the keyboard only: Tab through the page, Space
 * on the first option of every unanswered question (radio group, checkbox
 * group or matrix row), Enter on Next / Complete. Each press is confirmed:
 * Next must show another page, Complete must end the survey, and a page the
 * survey refused (an error shown) is answered again rather than left behind.
 */
import type { Page } from '@playwright/test';

type TFocus = {
  kind: 'radio' | 'checkbox' | 'next' | 'complete' | 'other';
  name: string;
  answered: boolean;
};

async function focused(page: Page): Promise<TFocus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const none = { kind: 'other', name: '', answered: false };
    if (!element) return none;
    if (element.classList.contains('sd-navigation__next-btn')) return { ...none, kind: 'next' };
    if (element.classList.contains('sd-navigation__complete-btn'))
      return { ...none, kind: 'complete' };
    if (element.type === 'radio' || element.type === 'checkbox') {
      const question = element.closest('.sd-question');
      // A radio group or matrix row is answered when one input of its name is
      // checked; a checkbox group when any of its boxes is.
      const selector =
        element.type === 'radio'
          ? `input[type="radio"][name="${CSS.escape(element.name)}"]:checked`
          : 'input[type="checkbox"]:checked';
      return {
        kind: element.type,
        name: `${question?.id ?? ''}/${element.name}`,
        answered: !!question?.querySelector(selector),
      };
    }
    return none;
  }) as Promise<TFocus>;
}

/** The questions on the page now, to tell one page from the next. */
async function pageKey(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.sd-page .sd-question')].map((q) => q.id).join(','),
  );
}

const ERROR_SHOWN = '.sd-question__erbox';

/** Tabs through the page answering what is unanswered, then presses Next or Complete. */
async function answerOnce(page: Page): Promise<'next' | 'complete'> {
  const answered = new Set<string>();
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if ((focus.kind === 'radio' || focus.kind === 'checkbox') && !answered.has(focus.name)) {
      if (!focus.answered) await page.keyboard.press('Space');
      answered.add(focus.name);
    } else if (focus.kind === 'next' || focus.kind === 'complete') {
      await page.keyboard.press('Enter');
      return focus.kind;
    }
  }
  throw new Error('No Next or Complete button reached by keyboard');
}

/** Answers the current page and presses Next (or Complete); returns which it pressed. */
export async function answerPageWithKeyboard(page: Page): Promise<'next' | 'complete'> {
  const navigation = page.locator('.sd-navigation__next-btn, .sd-navigation__complete-btn');
  await navigation.first().waitFor({ timeout: 20_000 });
  const before = await pageKey(page);
  for (let attempt = 0; attempt < 3; attempt++) {
    const pressed = await answerOnce(page);
    const outcome = await page.waitForFunction(
      ([key, error, last]) => {
        if (document.querySelector(error)) return 'refused';
        // Complete is taken once the survey ends or its submission is queued.
        if (last) {
          const sending = document.querySelector('[data-testid="queue-status"]');
          const open = document.querySelector('.sd-navigation__complete-btn');
          return sending || !open ? 'done' : false;
        }
        const now = [...document.querySelectorAll('.sd-page .sd-question')].map((q) => q.id);
        return now.length > 0 && now.join(',') !== key ? 'done' : false;
      },
      [before, ERROR_SHOWN, pressed === 'complete'] as const,
      { timeout: 20_000 },
    );
    if ((await outcome.jsonValue()) === 'done') return pressed;
  }
  throw new Error('The survey refused this page three times');
}

/** Answers `pages` pages in a row (stopping early when it pressed Complete). */
export async function answerPagesWithKeyboard(page: Page, pages: number): Promise<void> {
  for (let done = 0; done < pages; done++) {
    if ((await answerPageWithKeyboard(page)) === 'complete') return;
  }
}
