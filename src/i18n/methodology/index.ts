/** The methodology page's text by language. */
import type { TLang } from '../languages.ts';
import { methodologyEn } from './en.ts';
import { methodologyKo } from './ko.ts';
import type { TMethodologyText } from './types.ts';

export type * from './types.ts';

export const METHODOLOGY_TEXT: Readonly<Record<TLang, TMethodologyText>> = {
  en: methodologyEn,
  ko: methodologyKo,
};
