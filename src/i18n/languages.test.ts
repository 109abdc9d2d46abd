import { describe, expect, it } from 'vitest';
import { localizedPath, otherLanguage, withFragment } from './languages.ts';

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

describe('withFragment', () => {
  it('carries a token fragment over to the other language', () => {
    expect(withFragment('/ko/report/', '#token=abc')).toBe('/ko/report/#token=abc');
    expect(withFragment('/shared/', 'share=xyz')).toBe('/shared/#share=xyz');
  });
  it('leaves a path without fragment alone', () => {
    expect(withFragment('/ko/', '')).toBe('/ko/');
    expect(withFragment('/ko/', '#')).toBe('/ko/');
  });
});
