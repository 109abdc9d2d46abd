/** The product's languages and the page paths in each. */
export const LANGUAGES = ['en', 'ko'] as const;
export type TLang = (typeof LANGUAGES)[number];

/** `/assessment/` in English is `/ko/assessment/` in Korean. */
export function localizedPath(path: string, lang: TLang): string {
  const bare = path.replace(/^\/ko(?=\/|$)/, '') || '/';
  return lang === 'en' ? bare : `/ko${bare === '/' ? '/' : bare}`;
}

export function otherLanguage(lang: TLang): TLang {
  return lang === 'en' ? 'ko' : 'en';
}

/** `path` with the fragment of the current address (`#token=…`), if any. */
export function withFragment(path: string, hash: string): string {
  return hash.length > 1 ? `${path}${hash.startsWith('#') ? '' : '#'}${hash}` : path;
}
