import { describe, expect, it } from 'vitest';
import { localizedPath, otherLanguage } from './languages.ts';

describe('localizedPath', () => {
  it('adds and removes the /ko prefix', () => {
    expect(localizedPath('/assessment/', 'ko')).toBe('/ko/assessment/');
    expect(localizedPath('/ko/assessment/', 'en')).toBe('/assessment/');
    expect(localizedPath('/ko/assessment/', 'ko')).toBe('/ko/assessment/');
    expect(localizedPath('/', 'ko')).toBe('/ko/');
    expect(localizedPath('/ko/', 'en')).toBe('/');
    expect(localizedPath('/korea-page/', 'en')).toBe('/korea-page/');
  });
  it('switches language', () => {
    expect(otherLanguage('en')).toBe('ko');
    expect(otherLanguage('ko')).toBe('en');
  });
});
