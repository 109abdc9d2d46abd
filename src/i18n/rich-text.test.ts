import { describe, expect, it } from 'vitest';
import { richText, strayMarkup } from './rich-text.ts';

describe('richText', () => {
  it('splits text into plain, strong, emphasised, code and link segments', () => {
    expect(richText('Model `v1`: **even** steps, *not* weights; [see](/study/).')).toEqual([
      { kind: 'text', text: 'Model ' },
      { kind: 'code', text: 'v1' },
      { kind: 'text', text: ': ' },
      { kind: 'strong', text: 'even' },
      { kind: 'text', text: ' steps, ' },
      { kind: 'em', text: 'not' },
      { kind: 'text', text: ' weights; ' },
      { kind: 'link', text: 'see', href: '/study/' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('keeps text without markup whole, in any script', () => {
    expect(richText('점수는 0에서 1 사이입니다.')).toEqual([
      { kind: 'text', text: '점수는 0에서 1 사이입니다.' },
    ]);
  });
  it('finds markup left unclosed', () => {
    expect(strayMarkup('**Even steps. Rest')).toEqual(['*', '*']);
    expect(strayMarkup('[see](/study/) and 3 × 2')).toEqual([]);
  });
});
