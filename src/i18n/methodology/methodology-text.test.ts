import { describe, expect, it } from 'vitest';
import { methodologyPage } from '../../lib/methodology/methodology-page.ts';
import { placeholders } from '../fill.ts';
import { localizedPath, type TLang } from '../languages.ts';
import { richText, strayMarkup } from '../rich-text.ts';
import { METHODOLOGY_TEXT, type TMethodologyBlock } from './index.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** What must be the same in every language: the kind of each block, its id or part, list lengths. */
const shapeOf = (block: TMethodologyBlock) =>
  'p' in block
    ? 'p'
    : 'ul' in block
      ? `ul×${block.ul.length}`
      : 'ol' in block
        ? `ol×${block.ol.length}`
        : 'h3' in block
          ? `h3#${block.id ?? ''}`
          : `part:${block.part}`;

/** Every text of a language, each with a path that is the same in every language. */
function textsOf(lang: TLang): [string, string][] {
  const text = METHODOLOGY_TEXT[lang];
  const texts: [string, string][] = [
    ['title', text.title],
    ['description', text.description],
    ['heading', text.heading],
    ['intro', text.intro],
  ];
  for (const section of text.sections) {
    texts.push([`${section.id}.heading`, section.heading]);
    section.blocks.forEach((block, b) => {
      const at = `${section.id}.${b}`;
      if ('p' in block) texts.push([at, block.p]);
      if ('h3' in block) texts.push([at, block.h3]);
      if ('ul' in block) block.ul.forEach((item, i) => texts.push([`${at}.${i}`, item]));
      if ('ol' in block) block.ol.forEach((item, i) => texts.push([`${at}.${i}`, item]));
    });
  }
  const { ruleOf, ...words } = text.tables;
  for (const [key, value] of Object.entries({ ...words, ...ruleOf })) texts.push([key, value]);
  return texts;
}

const links = (text: string) =>
  richText(text).flatMap((segment) => (segment.kind === 'link' ? [segment.href] : []));

describe('the methodology text', () => {
  const en = METHODOLOGY_TEXT.en;
  const ko = METHODOLOGY_TEXT.ko;

  it('has the same sections, in the same order, with the same blocks, in every language', () => {
    expect(ko.sections.map((s) => s.id)).toEqual(en.sections.map((s) => s.id));
    en.sections.forEach((section, index) => {
      expect(ko.sections[index]!.blocks.map(shapeOf), section.id).toEqual(
        section.blocks.map(shapeOf),
      );
    });
  });

  it('keeps every placeholder and link of the English text in Korean', () => {
    const korean = new Map(textsOf('ko'));
    for (const [path, text] of textsOf('en')) {
      const translation = korean.get(path) ?? '';
      expect(placeholders(translation), path).toEqual(placeholders(text));
      expect(links(translation), path).toEqual(
        links(text).map((href) => (href.startsWith('/') ? localizedPath(href, 'ko') : href)),
      );
    }
  });

  it('is Korean in Korean, with no text empty and no markup left open', () => {
    const korean = new Map(textsOf('ko'));
    for (const [path, text] of textsOf('en')) {
      const translation = korean.get(path) ?? '';
      for (const shown of [text, translation]) {
        expect(shown.trim(), path).not.toBe('');
        expect(strayMarkup(shown), path).toEqual([]);
      }
      if (/[A-Za-z]{2,}/.test(text.replace(/\{\w+\}/g, '')))
        expect(translation, path).toMatch(HANGUL);
    }
  });

  it('has a value for every placeholder, in every language', () => {
    for (const lang of ['en', 'ko'] as const) {
      const page = methodologyPage(lang);
      const shown = JSON.stringify([page.intro, page.sections, page.dimensions]);
      expect(shown.match(/\{\w+\}/g), lang).toBeNull();
    }
  });

  it('shows the study with its year and n in Korean', () => {
    const page = methodologyPage('ko');
    const study = page.sections.find((section) => section.id === 'study');
    expect(JSON.stringify(study)).toContain('2022년 3월');
    expect(JSON.stringify(study)).toContain('n = 106');
    expect(page.dimensions.map((d) => d.label)).toContain('인력 및 리소스');
  });
});
