/**
 * Every page exists in both languages, and no component or page writes text of its own: what a
 * reader sees comes from src/i18n/ (or the data files), where a test requires both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const PAGES = join(SRC, 'pages');
/** One page serves every unknown address, in both languages at once. */
const BILINGUAL_PAGES = ['404.astro'];

const filesUnder = (folder: string, extensions: RegExp): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.test(file))
    .map((file) => file.split('\\').join('/'))
    .sort();

/** The markup of a component: no frontmatter, script, style or comment. */
export function templateOf(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** Text written into the markup itself, outside `{expressions}`, and literal text attributes. */
export function hardCodedText(template: string): string[] {
  let code = template;
  // innermost {…} first, until none is left: what remains outside braces is markup
  for (let previous = ''; previous !== code;) {
    previous = code;
    code = code.replace(/\{[^{}]*\}/g, ' ');
  }
  const texts = [...code.matchAll(/>([^<>]*)</g)].map((match) => match[1]!.trim());
  const attributes = [
    ...template.matchAll(/\s(?:aria-label|title|alt|placeholder|label)="([^"{]*)"/g),
  ].map((match) => match[1]!);
  return [...texts, ...attributes].filter((text) => /[A-Za-z\uac00-\ud7a3]{2,}/.test(text));
}

describe('pages', () => {
  const pages = filesUnder(PAGES, /\.astro$/);
  const korean = pages.filter((page) => page.startsWith('ko/')).map((page) => page.slice(3));
  const english = pages.filter((page) => !page.startsWith('ko/'));

  it('exist in English and Korean alike', () => {
    expect(english.filter((page) => !BILINGUAL_PAGES.includes(page))).toEqual(korean);
  });

  it('render their language', () => {
    for (const page of pages.filter((p) => !BILINGUAL_PAGES.includes(p))) {
      const lang = page.startsWith('ko/') ? 'ko' : 'en';
      expect(readFileSync(join(PAGES, page), 'utf8'), page).toMatch(
        new RegExp(`\\slang="${lang}"`),
      );
    }
  });
});

describe('components, layouts and pages', () => {
  const sources = filesUnder(SRC, /\.(astro|svelte)$/).filter((file) => !file.includes('.test.'));

  for (const file of sources) {
    it(`${file} takes every text it shows from src/i18n/ or the data`, () => {
      const template = templateOf(readFileSync(join(SRC, file), 'utf8'));
      expect(hardCodedText(template), relative(SRC, join(SRC, file))).toEqual([]);
    });
  }

  it('finds text written into markup', () => {
    const template = templateOf(
      '---\nconst a = 1;\n---\n<p>{t("x")} Rows: {rows}</p><a aria-label="Open">{x}</a><b>{a} · {b}</b>',
    );
    expect(hardCodedText(template)).toEqual(['Rows:', 'Open']);
  });
});
