/**
 * Every page in English and Korean, at desktop and phone widths: the page is in its language,
 * fits the screen, passes axe, and its language switch leads to the same page in the other
 * language with the private token of the address kept.
 */
import type { Page } from '@playwright/test';
import { baselineEdition2022 } from '../../surveys/baseline/index.ts';
import { expect, test } from './fixtures.ts';
import { answerPagesWithKeyboard } from './keyboard-survey.ts';

const WIDTHS = [1280, 1920, 390];
// A report page draws a chart and runs axe: give a busy machine room.
test.describe.configure({ timeout: 60_000 });
const FAKE_TOKEN = 'Qx7-Lm2_Zp9Rt4Vw8Yb3Nc6Hd1Jf5Kg0Ss2Ue7Ai9Oo';

type TPage = {
  /** The English path; the Korean one is /ko + path. */
  path: string;
  /** The private token in the fragment, if the page takes one. */
  fragment?: () => string;
  /** What shows that the page (and its island, if any) has rendered, per language. */
  ready: (page: Page, lang: 'en' | 'ko') => Promise<void>;
};

const heading = (text: Record<'en' | 'ko', string | RegExp>) => (page: Page, lang: 'en' | 'ko') =>
  expect(page.getByRole('heading', { level: 1 })).toHaveText(text[lang]);

const PAGES: TPage[] = [
  {
    path: '/',
    ready: heading({
      en: 'How mature is your digital customer experience?',
      ko: '귀사의 디지털 고객 경험은 얼마나 성숙했습니까?',
    }),
  },
  {
    path: '/assessment/',
    ready: async (page, lang) => {
      await heading({ en: 'Digital CX maturity assessment', ko: '디지털 CX 성숙도 진단' })(
        page,
        lang,
      );
      await expect(
        page.getByRole('button', { name: /Start the assessment|진단 시작하기/ }),
      ).toBeEnabled();
    },
  },
  {
    path: '/study/',
    ready: async (page, lang) => {
      await heading({
        en: 'The 2022 study: how 106 companies answered',
        ko: '2022년 조사: 106개 기업의 응답',
      })(page, lang);
      await expect(page.getByTestId('baseline-source')).toContainText('n = 106');
    },
  },
  {
    path: '/consultant/',
    ready: async (page, lang) => {
      await heading({ en: 'Consultant workspace', ko: '컨설턴트 작업 공간' })(page, lang);
      await expect(
        page.getByRole('button', { name: /Create a workspace|작업 공간 만들기/ }),
      ).toBeEnabled();
    },
  },
  {
    path: '/research/',
    ready: async (page, lang) => {
      await heading({ en: 'Benchmark editions for research', ko: '연구용 벤치마크 에디션' })(
        page,
        lang,
      );
      await expect(page.getByTestId('editions')).not.toContainText(
        /Loading the editions|에디션을 불러오는 중/,
      );
    },
  },
  {
    path: '/methodology/',
    ready: heading({ en: 'How the assessment is scored', ko: '진단 채점 방법' }),
  },
  {
    path: '/report/',
    fragment: () => `#token=${process.env.E2E_DEMO_TOKEN}`,
    ready: async (page, lang) => {
      await heading({ en: 'Your digital CX maturity report', ko: '디지털 CX 성숙도 보고서' })(
        page,
        lang,
      );
      await expect(page.getByTestId('overall-score')).toHaveText(/^\d{1,3}\.\d$/);
    },
  },
  {
    path: '/shared/',
    fragment: () => `#share=${FAKE_TOKEN}`,
    ready: async (page, lang) => {
      await heading({
        en: 'Shared digital CX maturity report',
        ko: '공유된 디지털 CX 성숙도 보고서',
      })(page, lang);
      await expect(page.getByRole('alert')).toHaveText(
        lang === 'en' ? /does not exist/ : /존재하지 않는 링크/,
      );
    },
  },
];

/** Proper names and the bibliographic citation stay in English on Korean pages. */
const ENGLISH_ON_KOREAN_PAGES = [baselineEdition2022.citation];

/** Runs of four or more English words: a text someone forgot to translate. */
async function untranslated(page: Page): Promise<string[]> {
  let text = await page.locator('body').innerText();
  for (const allowed of ENGLISH_ON_KOREAN_PAGES) text = text.split(allowed).join(' ');
  return text.match(/[A-Za-z]+(?:[ ,'’]+[A-Za-z]+){3,}/g) ?? [];
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const { path, fragment, ready } of PAGES) {
      for (const lang of ['en', 'ko'] as const) {
        const here = lang === 'en' ? path : `/ko${path}`;
        const there = lang === 'en' ? `/ko${path}` : path;

        test(`${here}: in its language, no sideways scroll, axe clean, switch to ${there}`, async ({
          page,
          checkA11y,
        }) => {
          const hash = fragment?.() ?? '';
          await page.goto(here + hash);
          await ready(page, lang);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          expect(await sidewaysScroll(page), `${here} scrolls sideways`).toBe(0);

          if (lang === 'ko') expect(await untranslated(page)).toEqual([]);
          else
            expect((await page.locator('body').innerText()).replace('한국어', '')).not.toMatch(
              /[가-힣]/,
            );

          const toggle = page
            .getByRole('navigation')
            .getByRole('link', { name: lang === 'en' ? '한국어' : 'English' });
          await expect(toggle).toHaveAttribute('href', there + hash);
          await expect(toggle).toHaveAttribute('hreflang', lang === 'en' ? 'ko' : 'en');
          await checkA11y(page);
        });
      }
    }

    test('the language switch of a report keeps its token, both ways', async ({ page }) => {
      const token = `#token=${process.env.E2E_DEMO_TOKEN}`;
      await page.goto(`/report/${token}`);
      await expect(page.getByTestId('overall-score')).toHaveText(/^\d{1,3}\.\d$/);
      const score = await page.getByTestId('overall-score').textContent();

      await page.getByRole('navigation').getByRole('link', { name: '한국어' }).click();
      await expect(page).toHaveURL(new RegExp(`/ko/report/${token}$`));
      await expect(page.getByRole('heading', { name: '종합 성숙도' })).toBeVisible();
      await expect(page.getByTestId('overall-score')).toHaveText(score!);

      await page.getByRole('navigation').getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(new RegExp(`/report/${token}$`));
      await expect(page.getByRole('heading', { name: 'Overall maturity' })).toBeVisible();
    });
  });
}

test('an unknown address answers in both languages', async ({ page }) => {
  await page.goto('/no-such-page/');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
    'href',
    '/',
  );
  await expect(page.getByRole('link', { name: '홈으로 가기' })).toHaveAttribute('href', '/ko/');
});

test('switching language mid-assessment continues the same answers in the other language', async ({
  page,
}) => {
  test.setTimeout(60_000); // a page answered key by key
  await page.goto('/ko/assessment/');
  await page.getByRole('button', { name: '진단 시작하기' }).click();
  await answerPagesWithKeyboard(page, 1);
  await expect(page.getByText('전체 7페이지 중 2페이지')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/assessment\/$/);
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page.getByText('Page 2 of 7')).toBeVisible();
  await expect(
    page.getByRole('radiogroup', { name: /^How closely do your customer-facing/ }),
  ).toBeVisible();
});
