/**
 * Every text a respondent or reader sees in the data files exists in English and Korean:
 * each `{ en, ko }` (or SurveyJS `{ default, ko }`) pair has both, the Korean one in Korean,
 * and no prose sits outside such a pair. The baseline is the study's English record; its
 * Korean labels come from the instrument (src/lib/baseline-labels.test.ts checks them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;
const BILINGUAL = ['assessment', 'scoring', 'recommendations'];
const HANGUL = /[\uac00-\ud7a3]/;
/** Words, not ids or figures: an id is one snake_case or kebab-case token. */
const isProse = (text: string) => /[A-Za-z]{2,}/.test(text) && /\s/.test(text.trim());

/**
 * Not shown to anyone: SurveyJS conditions (`visibleIf`…) are code, and a revision
 * file's `reason` is the maintainers' note of why the version changed.
 */
const NOT_SHOWN = /If$|^reason$/;

type TFinding = { path: string; problem: string };

function findings(value: unknown, path: string, out: TFinding[] = []): TFinding[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findings(item, `${path}[${index}]`, out));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const english = record['en'] ?? record['default'];
    if (typeof english === 'string') {
      const korean = record['ko'];
      if (!english.trim()) out.push({ path, problem: 'English text is empty' });
      if (typeof korean !== 'string' || !korean.trim()) {
        out.push({ path, problem: 'no Korean text' });
      } else if (/[A-Za-z]{2,}/.test(english) && !HANGUL.test(korean)) {
        out.push({ path, problem: `Korean text is not Korean: ${korean}` });
      }
      return out;
    }
    for (const [key, item] of Object.entries(record)) {
      if (!NOT_SHOWN.test(key)) findings(item, `${path}.${key}`, out);
    }
  } else if (typeof value === 'string' && isProse(value)) {
    out.push({ path, problem: `text in one language only: ${value.slice(0, 60)}` });
  }
  return out;
}

describe('texts of the data files', () => {
  for (const folder of BILINGUAL) {
    for (const file of readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.json'))) {
      it(`${folder}/${file} has every text in English and Korean`, () => {
        const data: unknown = JSON.parse(readFileSync(join(ROOT, folder, file), 'utf8'));
        expect(findings(data, file)).toEqual([]);
      });
    }
  }

  it('finds a missing or untranslated text', () => {
    const broken = {
      title: { en: 'Alignment', ko: '' },
      label: { default: 'Very easy', ko: 'Very easy' },
      note: 'An English sentence',
      id: 'not_prose',
    };
    expect(findings(broken, 'x').map((f) => f.path)).toEqual(['x.title', 'x.label', 'x.note']);
  });
});
